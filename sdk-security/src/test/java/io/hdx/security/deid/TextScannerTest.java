package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The free-text scanner: examples, the engine's replacements, and recall/precision on a planted corpus. */
class TextScannerTest {
  private static final TextScanner SCANNER = TextScanner.create();
  private static final Subject SUBJECT = Subject.builder("p1").addName("张三").addName("欧阳娜娜").addName("李建国").build();

  private static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    for (TextSpan s : SCANNER.scan(text, SUBJECT)) {
      out.add(s.kind().jsonName() + ":" + text.substring(s.start(), s.end()));
    }
    return out;
  }

  @Test
  void scan_findsEachKind() {
    assertEquals(Arrays.asList("name:张三", "resident-id:11010519491231002X", "phone:138-1234-5678"),
        found("患者张三，身份证11010519491231002X，电话138-1234-5678。"));
    assertEquals(Arrays.asList("identifier:ZY20240001", "date:2024年3月15日"),
        found("住院号ZY20240001，于2024年3月15日入院。"));
    assertEquals(Arrays.asList("address:浙江省杭州市西湖区文三路9号", "phone:0571-88889999"),
        found("家住浙江省杭州市西湖区文三路9号，联系0571-88889999"));
    assertEquals(Arrays.asList("name:欧阳娜娜", "date:2024-03-15"), found("由欧阳娜娜陪同，2024-03-15复诊"));
    assertEquals(Collections.singletonList("identifier:110105194912310021"),
        found("证号110105194912310021"));   // wrong check character: still a long number
    assertEquals(Collections.emptyList(), found("血压130/80mmHg，心率78次/分，口服阿司匹林100mg qd，白细胞12.5×10^9/L"));
  }

  @Test
  void engine_replacesFindsByThePolicy() {
    Deidentifier gbt = Deidentifier.builder().policy(Policies.gbt37964()).keys(DeidentifierTest.KEYS).build();
    Datum note = Datum.builder("/ClinicalDocument/component/structuredBody/component/section/text", Category.SENSITIVE,
        ValueKind.TEXT).build();
    String text = "患者张三，男，因发热3天于2024年3月15日入院，身份证11010519491231002X，电话13812345678，住北京市朝阳区建国路1号。";
    DeidRun run = gbt.newRun();
    String out = run.apply(note, text, SUBJECT).get();
    for (String planted : new String[] {"张三", "11010519491231002X", "13812345678", "建国路", "15日"}) {
      assertFalse(out.contains(planted), planted + " in " + out);
    }
    assertTrue(out.contains("2024年03月"), out);
    assertTrue(out.contains("因发热3天于"), out);
    assertTrue(out.contains(Deidentifier.REMOVED_MARK), out);

    Deidentifier display = Deidentifier.builder().policy(Policies.display()).keys(DeidentifierTest.KEYS).build();
    String shown = display.newRun().apply(note, text, SUBJECT).get();
    assertTrue(shown.startsWith("患者张*，男"), shown);
    assertTrue(shown.contains("2024年3月15日"), shown);
    assertTrue(shown.contains("*******5678"), shown);
    assertTrue(shown.contains("110105********002X"), shown);

    Deidentifier research = Deidentifier.builder().policy(Policies.research()).keys(DeidentifierTest.KEYS).build();
    String shifted = research.newRun().apply(note, "2024年3月15日入院，2024年3月25日出院", SUBJECT).get();
    String[] dates = shifted.split("入院，");
    assertEquals(10, java.time.temporal.ChronoUnit.DAYS.between(date(dates[0]), date(dates[1].replace("出院", ""))));
  }

  private static java.time.LocalDate date(String chinese) {
    return java.time.LocalDate.parse(TextScanner.toTs(chinese), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }

  /**
   * A planted corpus: clinical sentences with names (one- and two-character and compound surnames,
   * taken from the header), resident IDs, phones, record numbers, addresses and dates, and as many
   * sentences without personal data (doses, vital signs, lab values, departments). Prints recall and
   * precision; README quotes them.
   */
  @Test
  void plantedCorpus_recallAndPrecision() {
    Random random = new Random(20261204L);
    String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "欧阳", "司马", "诸葛", "上官", "皇甫", "尉迟"};
    String[] given = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "建国", "志强", "海燕", "晓明", "红"};
    String[] streets = {"北京市朝阳区建国路88号", "浙江省杭州市西湖区文三路9号", "广东省深圳市南山区科技园路3号", "上海市浦东新区张杨路500号",
        "四川省成都市武侯区人民南路四段27号", "江苏省南京市鼓楼区中山路321号"};
    String[] templates = {
        "患者{N}，因反复咳嗽2周就诊。", "{N}之子{N2}陪同就诊，主诉头痛3天。", "住院号{R}，{D}行腹腔镜胆囊切除术。",
        "身份证号{I}，联系电话{P}。", "现住{A}，否认外地旅居史。", "家属{N2}（电话{P}）签署知情同意书。",
        "门诊号{R}，{D}复查血常规。", "患者{N}于{D}出院，嘱门诊随访。"};
    String[] negatives = {
        "血压130/80mmHg，心率78次/分，体温36.8℃。", "口服阿司匹林肠溶片100mg qd，连续服用7天。",
        "白细胞计数12.5×10^9/L，中性粒细胞百分比85.2%。", "心内科会诊意见：考虑冠状动脉粥样硬化性心脏病。",
        "CT示右肺下叶见一约12mm×10mm结节影。", "术中出血约50ml，输液1500ml，尿量800ml。",
        "空腹血糖7.8mmol/L，糖化血红蛋白6.9%。", "予头孢曲松2.0g静脉滴注，每日1次。"};
    int planted = 0;
    int recalled = 0;
    int returned = 0;
    int correct = 0;
    int[] perKindPlanted = new int[ValueKind.values().length];
    int[] perKindFound = new int[ValueKind.values().length];
    for (int doc = 0; doc < 400; doc++) {
      String n = surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)];
      String n2 = surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)];
      Subject subject = Subject.builder("p" + doc).addName(n).addName(n2).build();
      StringBuilder text = new StringBuilder();
      List<int[]> gold = new ArrayList<>();
      List<ValueKind> goldKinds = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        if (random.nextBoolean()) {
          text.append(negatives[random.nextInt(negatives.length)]);
          continue;
        }
        String t = templates[random.nextInt(templates.length)];
        int i = 0;
        while (i < t.length()) {
          int open = t.indexOf('{', i);
          if (open < 0) {
            text.append(t.substring(i));
            break;
          }
          text.append(t, i, open);
          int close = t.indexOf('}', open);
          String slot = t.substring(open + 1, close);
          String value;
          ValueKind kind;
          switch (slot) {
            case "N": value = n; kind = ValueKind.NAME; break;
            case "N2": value = n2; kind = ValueKind.NAME; break;
            case "R": value = (random.nextBoolean() ? "ZY" : "") + (10000000 + random.nextInt(89999999)); kind = ValueKind.IDENTIFIER; break;
            case "I": value = residentId(random); kind = ValueKind.RESIDENT_ID; break;
            case "P": value = "13" + (100000000 + random.nextInt(899999999)); kind = ValueKind.PHONE; break;
            case "A": value = streets[random.nextInt(streets.length)]; kind = ValueKind.ADDRESS; break;
            default: value = (2015 + random.nextInt(10)) + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
              kind = ValueKind.DATE;
          }
          gold.add(new int[] {text.length(), text.length() + value.length()});
          goldKinds.add(kind);
          text.append(value);
          i = close + 1;
        }
      }
      List<TextSpan> spans = SCANNER.scan(text.toString(), subject);
      for (int g = 0; g < gold.size(); g++) {
        planted++;
        perKindPlanted[goldKinds.get(g).ordinal()]++;
        for (TextSpan s : spans) {
          if (s.start() <= gold.get(g)[0] && s.end() >= gold.get(g)[1]) {
            recalled++;
            perKindFound[goldKinds.get(g).ordinal()]++;
            break;
          }
        }
      }
      for (TextSpan s : spans) {
        returned++;
        for (int[] g : gold) {
          if (s.start() < g[1] && g[0] < s.end()) {
            correct++;
            break;
          }
        }
      }
    }
    double recall = recalled / (double) planted;
    double precision = correct / (double) returned;
    StringBuilder perKind = new StringBuilder();
    for (ValueKind k : ValueKind.values()) {
      if (perKindPlanted[k.ordinal()] > 0) {
        perKind.append(' ').append(k.jsonName()).append('=').append(perKindFound[k.ordinal()]).append('/').append(perKindPlanted[k.ordinal()]);
      }
    }
    System.out.printf("free-text scan on the planted corpus: %d planted, recall %.4f, precision %.4f (%d of %d spans);%s%n",
        planted, recall, precision, correct, returned, perKind);
    assertTrue(recall >= 0.98, "recall " + recall);
    assertTrue(precision >= 0.98, "precision " + precision);
  }

  /**
   * Names, places and hospitals that appear nowhere else in the document (not in the header): what
   * a named-entity recognizer would add. The pattern scanner alone is measured here, to state the gap.
   */
  @Test
  void unknownEntities_measuredWithoutRecognizer() {
    String[][] cases = {
        {"邻居王大明发现患者晕倒后送医。", "王大明"}, {"转诊至浙江大学医学院附属第一医院进一步治疗。", "浙江大学医学院附属第一医院"},
        {"患者自述曾在西湖边散步后受凉。", "西湖"}, {"由同事欧阳晓峰陪同来院。", "欧阳晓峰"},
        {"既往于协和医院行阑尾切除术。", "协和医院"}, {"其母刘秀兰有高血压病史。", "刘秀兰"}};
    int found = 0;
    for (String[] c : cases) {
      int at = c[0].indexOf(c[1]);
      for (TextSpan s : SCANNER.scan(c[0], Subject.of("p"))) {
        if (s.start() <= at && s.end() >= at + c[1].length()) {
          found++;
        }
      }
    }
    System.out.printf("free-text scan, entities appearing nowhere else (no recognizer): %d of %d found%n", found, cases.length);
    assertEquals(0, found);
  }

  private static String residentId(Random random) {
    String[] regions = {"110105", "330106", "440305", "510107", "320106"};
    String first17 = regions[random.nextInt(regions.length)] + (1940 + random.nextInt(70))
        + String.format("%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
    return first17 + io.hdx.model.id.ResidentIdNumber.checkCharacter(first17);
  }
}
