package org.quotetrace.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.quotetrace.ledger.AtomicFiles;

/**
 * A child process for {@link AtomicOutputTest}: writes half of a new file through
 * {@link AtomicFiles}, says so on stdout, then waits to be killed before it can finish.
 */
public final class SlowAtomicWriter {

    private SlowAtomicWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        AtomicFiles.write(target, out -> {
            out.write("new,half\r\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("HALF");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("new,rest\r\n".getBytes(StandardCharsets.UTF_8));
        });
    }
}
