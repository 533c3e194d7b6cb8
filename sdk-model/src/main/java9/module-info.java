/**
 * HDX model: data elements, value sets, identifiers, HL7 data types, document specs and document models. Java 9+
 * reads this descriptor (the jar is multi-release; its classes are Java 8 bytecode); io.hdx.model.internal is not
 * exported.
 */
module io.hdx.model {
  exports io.hdx.model;
  exports io.hdx.model.dataset;
  exports io.hdx.model.datatype;
  exports io.hdx.model.document;
  exports io.hdx.model.document.wst483;
  exports io.hdx.model.document.wst500;
  exports io.hdx.model.id;
  exports io.hdx.model.layout;
  exports io.hdx.model.spec;
  exports io.hdx.model.valueset;
}
