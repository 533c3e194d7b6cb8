package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese report as a person sees it (issue 13): rendered by headless Chromium to a screenshot, its
 * title's Chinese glyphs come from a CJK system font through the page's font stack. The same page rendered
 * with only a Latin font (DejaVu, through a fontconfig of its own) must look different where the Chinese
 * is, and the normal render must have ink there.
 *
 * <p>Needs Chromium ({@code HDX_CHROMIUM}, or {@code chromium} / {@code chromium-browser} /
 * {@code google-chrome} on the PATH; {@code .ci/run} installs it with fonts-noto-cjk). Without it the test is
 * skipped, but fails with {@code CI=true}.
 */
class HtmlReportBrowserTest {
  /** The title's box: the page's 2em margin, then a 1.6em heading. */
  private static final int TITLE_WIDTH = 500;
  private static final int TITLE_HEIGHT = 90;

  @TempDir
  Path dir;

  @Test
  void chineseReport_rendersChineseGlyphsFromASystemFont() throws Exception {
    String chromium = chromium();
    if (chromium == null) {
      assertFalse("true".equals(System.getenv("CI")), "CI=true: Chromium is required for this test (see .ci/run)");
      assumeTrue(false, "no Chromium: skipped outside CI");
    }
    Path page = dir.resolve("report.html");
    ValidationReport report = ValidationReport.builder().documentCode("C0002").documentTitle("门(急)诊病历")
        .addIssue(ValidationIssue.builder().severity(Severity.ERROR).ruleId("value-format")
            .xpath("/ClinicalDocument/title").message("too long: format N3 allows at most 3 characters (WS 363)")
            .build()).build();
    Files.write(page, HtmlReportWriter.builder().language(ReportLanguage.ZH).add("in.xml", report).build().render()
        .getBytes(StandardCharsets.UTF_8));

    BufferedImage cjk = screenshot(chromium, page, "normal", null);
    Path latinOnly = dir.resolve("latin-fonts.conf");
    Path dejavu = Paths.get("/usr/share/fonts/truetype/dejavu");
    Files.write(latinOnly, ("<?xml version=\"1.0\"?>\n<fontconfig>\n"
        + (Files.isDirectory(dejavu) ? "<dir>" + dejavu + "</dir>\n" : "")
        + "<cachedir>" + dir.resolve("fc-cache") + "</cachedir>\n</fontconfig>\n").getBytes(StandardCharsets.UTF_8));
    BufferedImage latin = screenshot(chromium, page, "latin", latinOnly);

    int ink = 0;
    int differ = 0;
    for (int y = 0; y < TITLE_HEIGHT; y++) {
      for (int x = 0; x < TITLE_WIDTH; x++) {
        int a = cjk.getRGB(x, y);
        ink += luminance(a) < 128 ? 1 : 0;
        differ += Math.abs(luminance(a) - luminance(latin.getRGB(x, y))) > 64 ? 1 : 0;
      }
    }
    final int dark = ink;
    final int changed = differ;
    assertTrue(dark > 400, () -> "the title has no ink: " + dark + " dark pixels");
    assertTrue(changed > 300, () -> "the Chinese title looks the same without a CJK font: " + changed + " pixels differ");
  }

  private BufferedImage screenshot(String chromium, Path page, String name, Path fontconfig) throws Exception {
    Path png = dir.resolve(name + ".png");
    List<String> command = new ArrayList<>(Arrays.asList(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1000,700",
        "--user-data-dir=" + dir.resolve("profile-" + name), "--screenshot=" + png, page.toUri().toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    if (fontconfig != null) {
      pb.environment().put("FONTCONFIG_FILE", fontconfig.toString());
    }
    Process p = pb.start();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish in 90 s");
    assertEquals(0, p.exitValue(), () -> "Chromium failed: " + log(name));
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null && image.getWidth() >= TITLE_WIDTH && image.getHeight() >= TITLE_HEIGHT,
        () -> "no screenshot: " + log(name));
    return image;
  }

  private String log(String name) {
    try {
      return new String(Files.readAllBytes(dir.resolve(name + ".log")), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static int luminance(int rgb) {
    return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
  }

  private static String chromium() {
    String named = System.getenv("HDX_CHROMIUM");
    if (named != null && new File(named).canExecute()) {
      return named;
    }
    String path = System.getenv("PATH");
    for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
        File f = new File(d, name);
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    return null;
  }
}
