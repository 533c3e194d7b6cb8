package io.hdx.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: sdk-security stands on sdk-model and Bouncy Castle alone; neither sdk-codec nor its
 * XML and JSON parsers are on its class path (a crypto user does not get them).
 */
class ModuleBoundaryTest {
  @Test
  void codecAndItsParsers_notOnTheClassPath() {
    for (String name : new String[] {"io.hdx.codec.cda.CdaDecoder", "com.fasterxml.aalto.stax.InputFactoryImpl",
        "com.fasterxml.jackson.core.JsonFactory", "com.ctc.wstx.stax.WstxInputFactory"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name, false, getClass().getClassLoader()), name);
    }
  }
}
