package io.hdx.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Free text of a document, chosen by what its data element is (the spec's and WS 363's Chinese names) and written
 * from the episode: the complaint, the history, the examination with the vital signs, the laboratory results with
 * units, intervals and flags, the drug orders, the operation, the people and places. Never per document type.
 *
 * <p>Thread safety: stateless.
 */
final class Texts {
  private Texts() {}

  /** Text for a data element named {@code name} (spec name | WS 363 name). */
  static String text(String name, Episode e, Rng rng, int instance) {
    Clinical.Condition c = e.condition;
    Clinical.Drug drug = c.drugs.get(instance % c.drugs.size());
    if (name.contains("主诉")) {
      return c.complaint;
    }
    if (name.contains("现病史")) {
      return history(e);
    }
    if (name.contains("中医") && (name.contains("诊断") || name.contains("病名"))) {
      return c.tcmName;
    }
    if ((name.contains("诊断") && name.contains("名称")) || name.contains("疾病名称")) {
      return c.name;
    }
    if (name.contains("手术") || name.contains("操作")) {
      if (name.contains("部位")) {
        return c.site != null ? c.site : "无";
      }
      if (name.contains("名称")) {
        return c.operationName != null ? c.operationName : "无";
      }
    }
    if (name.contains("药物名称") || name.contains("药品名称") || name.contains("药物通用名")) {
      return drug.name;
    }
    if (name.contains("剂量单位")) {
      return drug.unit;
    }
    if (name.contains("用法") || name.contains("途径")) {
      return drug.route;
    }
    if (name.contains("频率") || name.contains("频次")) {
      return drug.frequency;
    }
    if (name.contains("检验") || name.contains("检查")) {
      if (name.contains("结果") || name.contains("报告") && !name.contains("机构") && !name.contains("科室")) {
        return labs(e);
      }
      if (name.contains("项目")) {
        return "血常规；肝肾功能；电解质；血糖";
      }
    }
    if (name.contains("体格检查") || name.contains("查体")) {
      return exam(e);
    }
    if (name.contains("医嘱") || name.contains("处方") || name.contains("治疗")) {
      return orders(e);
    }
    if (name.contains("科室") || name.contains("科别")) {
      return c.department;
    }
    if (name.contains("机构") || name.contains("医院") || name.contains("单位名称")) {
      return e.hospital.name;
    }
    if (name.contains("姓名") || name.contains("签名") || name.contains("医师") || name.contains("医生")) {
      return name.contains("护") ? e.nurse.name : e.doctor.name;
    }
    if (name.contains("电话") || name.contains("联系方式")) {
      return e.patient.telecom().substring("tel:".length());
    }
    if (name.contains("地址") || name.contains("住址")) {
      return People.get().provinceName(e.hospital.county) + e.patient.address().county().orElse("")
          + e.patient.address().streetName().orElse("");
    }
    if (name.contains("过敏")) {
      return rng.chance(0.15) ? "青霉素过敏" : "否认药物及食物过敏史";
    }
    if (name.contains("既往") || name.contains("病史")) {
      return "既往体健，否认肝炎、结核等传染病史，否认手术外伤史";
    }
    if (name.contains("原因") || name.contains("依据") || name.contains("目的")) {
      return "根据病史、体格检查及辅助检查，" + c.name + "诊断明确";
    }
    if (name.contains("意见") || name.contains("建议") || name.contains("指导")) {
      return "注意休息，清淡饮食，遵医嘱按时服药，不适随诊";
    }
    if (name.contains("情况") || name.contains("经过") || name.contains("记录")) {
      return "患者" + c.complaint + "入院，予" + drug.name + "等治疗，病情平稳";
    }
    if (name.contains("结果") || name.contains("结论")) {
      return "未见明显异常";
    }
    return "无特殊";
  }

  /** Longer text for an ED value. */
  static String narrative(String name, Episode e, Rng rng, int instance) {
    return text(name, e, rng, instance) + "。" + exam(e);
  }

  private static String history(Episode e) {
    Clinical.Condition c = e.condition;
    return "患者" + c.complaint + "，于" + e.arrival.getMonthValue() + "月" + e.arrival.getDayOfMonth() + "日来"
        + e.hospital.name + c.department + "就诊，门诊拟" + c.name + "收治。";
  }

  /** The physical examination with the vital signs of the episode. */
  static String exam(Episode e) {
    Episode.Vitals v = e.vitals;
    return String.format(Locale.ROOT, "体温%.1f℃，脉搏%d次/分，呼吸%d次/分，血压%d/%dmmHg，神志清楚，查体合作",
        v.temperature, v.pulse, v.respiration, v.systolic, v.diastolic);
  }

  /** The laboratory results: item, value, unit, reference interval and a flag outside it. */
  static String labs(Episode e) {
    StringBuilder sb = new StringBuilder();
    boolean male = e.patient.sex() == io.hdx.model.valueset.Sex.MALE;
    for (Map.Entry<Clinical.LabItem, Double> lab : e.labs.entrySet()) {
      Clinical.LabItem item = lab.getKey();
      double value = lab.getValue();
      String flag = value > item.high(male) ? "↑" : value < item.low(male) ? "↓" : "";
      if (sb.length() > 0) {
        sb.append("；");
      }
      sb.append(item.name).append(' ').append(format(value, item.decimals)).append(item.unit).append(flag)
          .append("（参考区间").append(format(item.low(male), item.decimals)).append('-')
          .append(format(item.high(male), item.decimals)).append("）");
    }
    return sb.toString();
  }

  static String format(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** The drug orders as a prescription writes them. */
  static String orders(Episode e) {
    StringBuilder sb = new StringBuilder();
    for (Clinical.Drug d : e.condition.drugs) {
      if (sb.length() > 0) {
        sb.append("；");
      }
      sb.append(d.name).append(' ').append(d.dose).append(d.unit).append(' ').append(d.route).append(' ')
          .append(d.frequency);
    }
    return sb.toString();
  }
}
