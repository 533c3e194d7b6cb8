/** HDX test kit: synthetic sample data and the platform simulator. io.hdx.testkit.internal is not exported. */
module io.hdx.testkit {
  requires transitive io.hdx.codec;
  requires transitive io.hdx.security;
  requires java.sql;
  requires jdk.httpserver;

  exports io.hdx.testkit;
}
