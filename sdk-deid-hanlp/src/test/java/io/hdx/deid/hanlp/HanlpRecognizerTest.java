package io.hdx.deid.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.Subject;
import io.hdx.security.deid.TextScanner;
import io.hdx.security.deid.TextSpan;
import io.hdx.security.deid.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * HanLP's recognizer on entities that appear nowhere else in the document (the scan's patterns and the
 * header's names cannot find them), planted in clinical phrasing: names with one-character,
 * two-character and compound surnames, places, hospitals and organizations. Recall and precision are
 * measured and printed; the assertions are floors well below what was measured, so the test fails when
 * the recognizer stops working, not when HanLP's model moves a little.
 */
class HanlpRecognizerTest {
  /** {sentence, entity planted in it (empty: none)}. */
  private static final String[][] CORPUS = {
      {"邻居王大明发现患者晕倒后送医。", "王大明"},
      {"由同事欧阳晓峰陪同来院。", "欧阳晓峰"},
      {"其母刘秀兰有高血压病史。", "刘秀兰"},
      {"患者之子张建华代为签字。", "张建华"},
      {"主治医师李志强查房后指示继续观察。", "李志强"},
      {"护士陈静测得体温37.5℃。", "陈静"},
      {"家属司马玉珍诉患者夜间咳嗽加重。", "司马玉珍"},
      {"患者丈夫赵国庆拒绝手术。", "赵国庆"},
      {"会诊医师孙立新建议完善胸部CT。", "孙立新"},
      {"转诊至浙江大学医学院附属第一医院进一步治疗。", "浙江大学医学院附属第一医院"},
      {"既往于北京协和医院行阑尾切除术。", "北京协和医院"},
      {"曾在上海市第六人民医院住院治疗。", "上海市第六人民医院"},
      {"患者在华为技术有限公司从事研发工作。", "华为技术有限公司"},
      {"患者为清华大学在读学生。", "清华大学"},
      {"患者自述曾在西湖边散步后受凉。", "西湖"},
      {"发病前曾去云南旅游。", "云南"},
      {"患者长期居住在苏州，近期来京。", "苏州"},
      {"患者一周前从武汉返回。", "武汉"},
      {"患者于3天前无明显诱因出现发热，最高体温38.9℃。", ""},
      {"查体：神志清楚，双肺呼吸音粗，未闻及干湿啰音。", ""},
      {"给予头孢曲松钠2g静脉滴注，每日一次。", ""},
      {"血常规示白细胞12.3×10^9/L，中性粒细胞百分比85%。", ""},
      {"腹部平软，无压痛及反跳痛，肝脾肋下未触及。", ""},
      {"心电图提示窦性心律，ST段未见明显异常。", ""},
      {"患者自诉胸闷气短，活动后加重，休息可缓解。", ""},
      {"予阿司匹林肠溶片100mg口服，每日一次。", ""},
      {"双下肢无水肿，神经系统检查未见阳性体征。", ""},
      {"建议低盐低脂饮食，规律监测血压血糖。", ""},
  };

  @Test
  void plantedCorpus_recallAndPrecision_measured() {
    HanlpRecognizer recognizer = HanlpRecognizer.create();
    int planted = 0;
    int found = 0;
    int spans = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String[] c : CORPUS) {
      List<TextSpan> finds = recognizer.find(c[0]);
      int at = c[1].isEmpty() ? -1 : c[0].indexOf(c[1]);
      boolean hit = false;
      for (TextSpan s : finds) {
        spans++;
        boolean overlaps = at >= 0 && s.start() < at + c[1].length() && s.end() > at;
        if (overlaps) {
          correct++;
          hit |= s.start() <= at && s.end() >= at + c[1].length()
              || s.end() - s.start() >= c[1].length() / 2;   // a hospital found as its name part still hides it
        } else {
          wrong.add(c[0].substring(s.start(), s.end()));
        }
      }
      if (at >= 0) {
        planted++;
        found += hit ? 1 : 0;
      }
    }
    long nanos = System.nanoTime() - t0;
    double recall = (double) found / planted;
    double precision = spans == 0 ? 1.0 : (double) correct / spans;
    System.out.printf(Locale.ROOT, "HanLP recognizer on %d sentences (%d planted entities): recall %.3f (%d/%d), "
        + "precision %.3f (%d/%d spans), %.0f sentences/s including first-use dictionary load; false finds: %s%n",
        CORPUS.length, planted, recall, found, planted, precision, correct, spans, CORPUS.length / (nanos / 1e9), wrong);
    assertTrue(recall >= 0.5, "recall " + recall);
    assertTrue(precision >= 0.5, "precision " + precision);
  }

  /**
   * Sentences per CPU-second of this thread after the JIT has compiled HanLP (2,000 sentences first): wall-clock
   * seconds right after first use measure the JIT and, on a shared machine, the neighbours (an earlier version of
   * this test, 1 wall-clock second after one warm-up sentence, printed about 330/s under load).
   */
  @Test
  void throughput_measured() {
    HanlpRecognizer recognizer = HanlpRecognizer.create();
    for (int i = 0; i < 2_000; i++) {
      recognizer.find(CORPUS[i % CORPUS.length][0]);
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    int n = 0;
    while (threads.getCurrentThreadCpuTime() - cpu0 < 1_000_000_000L) {
      recognizer.find(CORPUS[n % CORPUS.length][0]);
      n++;
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "HanLP recognizer: %.0f sentences per CPU-second after 2,000 warm-up sentences "
        + "(%.0f per wall-clock second on this machine now)%n", n / cpu, n / ((System.nanoTime() - wall0) / 1e9));
    assertTrue(n > 0);
  }

  /** One shared segmenter: four threads at once find what one thread finds. */
  @Test
  void manyThreads_sameFindsAsOne() throws Exception {
    HanlpRecognizer recognizer = HanlpRecognizer.create();
    List<String> expected = new ArrayList<>();
    for (String[] c : CORPUS) {
      expected.add(recognizer.find(c[0]).toString());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          List<String> seen = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            seen.clear();
            for (String[] c : CORPUS) {
              seen.add(recognizer.find(c[0]).toString());
            }
          }
          return seen;
        }));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void inTheEngine_unseenNameRemovedFromFreeText() {
    Deidentifier deid = Deidentifier.builder().policy(Policies.gbt37964())
        .keys(DeidKeys.of("0123456789abcdef-hanlp".getBytes(StandardCharsets.US_ASCII)))
        .textScanner(TextScanner.withRecognizer(HanlpRecognizer.create())).build();
    io.hdx.security.deid.Datum complaint = io.hdx.security.deid.Datum.builder("/complaint",
        io.hdx.security.deid.Category.SENSITIVE, ValueKind.TEXT).dataElement("DE04.01.119.00").build();
    String out = deid.newRun().apply(complaint, "邻居王大明发现患者晕倒后送医。", Subject.of("p")).get();
    assertFalse(out.contains("王大明"), out);
    assertTrue(out.contains("发现患者晕倒后送医"), out);
  }

  @Test
  void kinds_andSerialization() throws IOException, ClassNotFoundException {
    assertEquals(ValueKind.NAME, HanlpRecognizer.kindOf("nr"));
    assertEquals(ValueKind.NAME, HanlpRecognizer.kindOf("nrf"));
    assertEquals(ValueKind.ADDRESS, HanlpRecognizer.kindOf("ns"));
    assertEquals(ValueKind.OTHER, HanlpRecognizer.kindOf("nt"));
    assertEquals(null, HanlpRecognizer.kindOf("n"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(HanlpRecognizer.create());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      HanlpRecognizer back = (HanlpRecognizer) in.readObject();
      assertTrue(back.find("") .isEmpty());
    }
  }
}
