package io.hdx.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A bare HTTP POST for the simulator tests, independent of sdk-client. */
final class Http {
  private Http() {}

  static final class Response {
    final int status;
    final String body;

    Response(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  static Response post(URI endpoint, String contentType, byte[] body) {
    try {
      HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", contentType);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      if (in != null) {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
          b.write(buf, 0, n);
        }
        in.close();
      }
      return new Response(status, new String(b.toByteArray(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = Http.class.getResourceAsStream("/v3/" + name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hand-written SOAP 1.1 HIPMessageServer call, the message escaped, as vendor code sends it. */
  static byte[] soap11(String action, byte[] message) {
    String escaped = new String(message, StandardCharsets.UTF_8).replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;");
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><HIPMessageServer xmlns=\"http://tempuri.org/\">"
        + "<action>" + action + "</action><message>" + escaped + "</message></HIPMessageServer></soap:Body></soap:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A hand-written SOAP 1.2 call with vendor parameter names and the message in CDATA. */
  static byte[] soap12(String actionParam, String messageParam, String action, byte[] message) {
    String text = new String(message, StandardCharsets.UTF_8);
    return ("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/><s:Body>"
        + "<v:HIPMessageServer xmlns:v=\"urn:vendor:hip\"><v:" + actionParam + ">" + action + "</v:" + actionParam + ">"
        + "<v:" + messageParam + "><![CDATA[" + text + "]]></v:" + messageParam + "></v:HIPMessageServer></s:Body></s:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The V3 message out of a SOAP answer (escaped text inside the result element). */
  static String unwrap(String soapAnswer) {
    int start = soapAnswer.indexOf("Result>") + "Result>".length();
    int end = soapAnswer.indexOf("</", start);
    return soapAnswer.substring(start, end).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
