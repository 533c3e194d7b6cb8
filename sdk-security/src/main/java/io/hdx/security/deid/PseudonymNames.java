package io.hdx.security.deid;

/**
 * Pseudonyms for Chinese names that look like names (a common surname and one or two common given
 * name characters), so a pseudonymized name still fits a name field's format (WS 363 {@code A..50})
 * and reads naturally on a screen. Chosen by the keyed tag of the real name: the same name under the
 * same key is always the same pseudonym.
 */
final class PseudonymNames {
  /** Common surnames (百家姓). */
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  /** Common given-name characters. */
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞建国志文辉琳宇晨浩博宁欣怡佳雪婷阳鑫斌峰瑞凯晓东海波林春燕蕾彤颖";

  private PseudonymNames() {}

  /** The pseudonym of {@code name}; never {@code name} itself. */
  static String of(KeyedPseudonym prf, String domain, String name) {
    for (int round = 0; ; round++) {
      String pseudonym = of(prf.tag(domain + "/name/" + round, name));
      if (!pseudonym.equals(name.trim())) {
        return pseudonym;
      }
    }
  }

  private static String of(byte[] tag) {
    int surname = ((tag[0] & 0xff) << 8 | (tag[1] & 0xff)) % SURNAMES.length();
    int first = ((tag[2] & 0xff) << 8 | (tag[3] & 0xff)) % GIVEN.length();
    int second = ((tag[4] & 0xff) << 8 | (tag[5] & 0xff)) % GIVEN.length();
    boolean two = (tag[6] & 1) == 1;
    return "" + SURNAMES.charAt(surname) + GIVEN.charAt(first) + (two ? String.valueOf(GIVEN.charAt(second)) : "");
  }
}
