package io.hdx.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderElementSpecTest {
  private static HeaderElementSpec withRole(String role) {
    return HeaderElementSpec.builder().element(HeaderElement.AUTHENTICATOR).role(role).build();
  }

  @Test
  void roleName_annotatedRole_textBeforeTheNote() {
    assertEquals(Optional.of("护士"), withRole("护士 (BZ typeCode=AUTHEN)").roleName());
    assertEquals(Optional.of("代理人"), withRole("代理人: code cs=2.16.156.10011.2.3.3.8").roleName());
    assertEquals(Optional.of("上级医师"), withRole("上级医师（主任医师）").roleName());
    assertEquals(Optional.of("主治医师"), withRole("主治医师").roleName());
  }

  @Test
  void roleName_noRole_empty() {
    assertFalse(withRole("no role in the samples").roleName().isPresent());
    assertFalse(HeaderElementSpec.builder().element(HeaderElement.AUTHENTICATOR).build().roleName().isPresent());
  }
}
