package org.quotetrace.spark;

import org.apache.spark.api.java.JavaSparkContext;

/** One Spark context in local mode ({@code local[2]}) for all Spark tests of a test JVM, stopped when the JVM ends. */
final class LocalSpark {

    private static JavaSparkContext context;

    private LocalSpark() {
    }

    static synchronized JavaSparkContext context() {
        if (context == null) {
            context = new JavaSparkContext(SparkBuild.conf("local[2]").set("spark.ui.enabled", "false"));
            context.setLogLevel("WARN");
            JavaSparkContext started = context;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return context;
    }
}
