import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the scale figures of bench/scale.csv (articles, wall_s, cpu_s, peak_heap_mib, ...) as a
 * log-log plot of wall and CPU seconds against the number of articles, with a line of slope 1
 * (linear cost) through the smallest run for comparison. Headless Java2D, no other tools:
 *
 *   java bench/ScalePlot.java bench/scale.csv docs/scale.png
 */
public class ScalePlot {

    record Row(double articles, double wall, double cpu, double heap) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        String[] header = lines.get(0).split(",");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new Row(Double.parseDouble(f[col(header, "articles")]), Double.parseDouble(f[col(header, "wall_s")]),
                    Double.parseDouble(f[col(header, "cpu_s")]), Double.parseDouble(f[col(header, "peak_heap_mib")])));
        }
        int w = 900, h = 600, left = 90, right = 40, top = 50, bottom = 70;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double minX = Math.log10(rows.stream().mapToDouble(Row::articles).min().orElse(1)) - 0.2;
        double maxX = Math.log10(rows.stream().mapToDouble(Row::articles).max().orElse(10)) + 0.2;
        double minY = Math.floor(Math.log10(rows.stream().mapToDouble(r -> Math.min(r.wall, r.cpu)).min().orElse(1)));
        double maxY = Math.ceil(Math.log10(rows.stream().mapToDouble(r -> Math.max(r.wall, r.cpu)).max().orElse(10)) + 0.3);
        Axis ax = new Axis(left, w - right, top, h - bottom, minX, maxX, minY, maxY);
        g.setColor(new Color(230, 230, 230));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int e = (int) Math.ceil(minX); e <= maxX; e++) {
            int x = ax.x(e);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(x, top, x, h - bottom);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)), x - 20, h - bottom + 20);
        }
        for (int e = (int) minY; e <= maxY; e++) {
            int y = ax.y(e);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left, y, w - right, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,d s", (long) Math.pow(10, e)) .replace("0 s", "0 s"), 10, y + 5);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, w - left - right, h - top - bottom);
        g.drawString("articles (log scale)", w / 2 - 60, h - 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("quotetrace build on synthetic corpora: seconds against articles (log-log)", left, 30);
        Row first = rows.get(0);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
        g.setColor(Color.GRAY);
        g.drawLine(ax.x(minX), ax.y(Math.log10(first.cpu) + (minX - Math.log10(first.articles))),
                ax.x(maxX), ax.y(Math.log10(first.cpu) + (maxX - Math.log10(first.articles))));
        series(g, ax, rows, true, new Color(200, 60, 40));
        series(g, ax, rows, false, new Color(40, 90, 200));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        legend(g, left + 15, top + 20, new Color(200, 60, 40), "wall seconds (2 threads)");
        legend(g, left + 15, top + 40, new Color(40, 90, 200), "process CPU seconds");
        legend(g, left + 15, top + 60, Color.GRAY, "linear cost through the smallest run's CPU");
        for (Row r : rows) {
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "heap %.0f MiB", r.heap), ax.x(Math.log10(r.articles)) + 8,
                    ax.y(Math.log10(Math.max(r.wall, r.cpu))) - 10);
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }

    private static int col(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    private static void series(Graphics2D g, Axis ax, List<Row> rows, boolean wall, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int px = -1, py = -1;
        for (Row r : rows) {
            int x = ax.x(Math.log10(r.articles));
            int y = ax.y(Math.log10(wall ? r.wall : r.cpu));
            g.fillOval(x - 5, y - 5, 10, 10);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String text) {
        g.setColor(color);
        g.fillRect(x, y - 9, 18, 8);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 26, y);
    }

    record Axis(int left, int right, int top, int bottom, double minX, double maxX, double minY, double maxY) {
        int x(double v) {
            return (int) Math.round(left + (v - minX) / (maxX - minX) * (right - left));
        }

        int y(double v) {
            return (int) Math.round(bottom - (v - minY) / (maxY - minY) * (bottom - top));
        }
    }
}
