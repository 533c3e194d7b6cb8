/** HDX platform client (WS/T 448/790 services over HTTP). io.hdx.client.internal is not exported. */
module io.hdx.client {
  requires transitive io.hdx.codec;
  requires transitive io.hdx.security;
  requires okhttp3;
  requires org.slf4j;

  exports io.hdx.client;
}
