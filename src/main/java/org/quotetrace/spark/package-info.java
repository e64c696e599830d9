/**
 * The Spark job: the same ledger as {@code quotetrace build}, computed with Apache Spark over a
 * corpus on any Hadoop-compatible path. Per-article analysis runs in the executors, candidate
 * generation for linking is a shuffle on index terms, and everything else is the one-machine
 * engine's own code. Spark is a {@code provided} dependency: these classes are in the jar, Spark
 * is not.
 */
package org.quotetrace.spark;
