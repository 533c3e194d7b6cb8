/** HDX streaming de-identification of CDA XML and JSON records, and the risk report over them. */
module io.hdx.deid {
  requires transitive io.hdx.security;
  requires transitive io.hdx.codec;
  requires com.fasterxml.jackson.core;

  exports io.hdx.deid.json;
  exports io.hdx.deid.risk;
  exports io.hdx.deid.stream;
}
