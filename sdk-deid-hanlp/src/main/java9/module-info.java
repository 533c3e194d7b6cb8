/** HDX entity recognizer backed by HanLP, for de-identifying free text. */
module io.hdx.deid.hanlp {
  requires transitive io.hdx.security;
  requires hanlp.portable;

  exports io.hdx.deid.hanlp;
}
