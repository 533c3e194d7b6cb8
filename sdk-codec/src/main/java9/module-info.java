/**
 * HDX codec: CDA R2 documents (XML), their JSON form, HL7 V3 messages and the document validator.
 * io.hdx.codec.internal is exported only to the HDX modules that share its XML plumbing (as OkHttp exports
 * okhttp3.internal to its own modules).
 */
module io.hdx.codec {
  requires transitive io.hdx.model;
  requires transitive java.xml;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.aalto;
  requires org.codehaus.stax2;
  requires static com.ctc.wstx;

  exports io.hdx.codec;
  exports io.hdx.codec.cda;
  exports io.hdx.codec.json;
  exports io.hdx.codec.v3;
  exports io.hdx.codec.validate;
  exports io.hdx.codec.internal to io.hdx.deid;
}
