package io.hdx.model.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text, one line per public type and per public or protected member, from the compiled
 * classes ({@code target/classes}), compared with the dump checked in as {@code api/<module>.api} (as OkHttp commits
 * {@code okhttp/api/}). A change to public API is a deliberate act: the module's {@code ApiBaselineTest} fails on any
 * difference until the dump is regenerated and committed with the change:
 *
 * <pre>
 * mvn -B -ntp verify -Dhdx.api.write=true     # rewrites every module's api/*.api; review with git diff
 * </pre>
 *
 * <p>The same check holds the module descriptor ({@code src/main/java9/module-info.java}) to exporting exactly the
 * packages that hold public API.
 *
 * <p>Left out: packages named {@code internal} (not exported by the module descriptor), types that are not public or
 * not reachable (a public type nested in a package-private one), synthetic and bridge members. A type or package
 * annotated {@code @Beta} (io.hdx.model.Beta, unfrozen API) is marked {@code @Beta} in the dump: it still counts, but
 * a reviewer knows its change is allowed. A dump is plain text so that {@code git diff} shows what changed; we have no
 * released artifact yet for japicmp to compare binary compatibility against.
 *
 * <p>Thread safety: stateless.
 */
public final class ApiBaseline {
  private static final String BETA = "io.hdx.model.Beta";
  /** An unqualified exports directive (a qualified one, {@code exports p to m;}, does not match). */
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");

  private ApiBaseline() {}

  /**
   * Compares the public API compiled into {@code target/classes} of the module in the working directory with
   * {@code api/<module>.api}; with {@code -Dhdx.api.write=true} rewrites that file instead.
   */
  public static void check(String module) {
    Path dump = Paths.get("api", module + ".api");
    List<String> actual = dump(Paths.get("target", "classes"));
    checkExports(module, actual);
    if (Boolean.getBoolean("hdx.api.write")) {
      write(dump, actual);
      return;
    }
    List<String> expected = read(dump);
    if (expected.equals(actual)) {
      return;
    }
    Set<String> was = new LinkedHashSet<>(expected);
    Set<String> now = new LinkedHashSet<>(actual);
    List<String> diff = new ArrayList<>();
    for (String line : expected) {
      if (!now.contains(line)) {
        diff.add("- " + line);
      }
    }
    for (String line : actual) {
      if (!was.contains(line)) {
        diff.add("+ " + line);
      }
    }
    fail("The public API of " + module + " differs from " + module + "/api/" + module + ".api ("
        + diff.size() + (diff.size() == 1 ? " line" : " lines") + "). If the change is deliberate, regenerate the dump and commit it with the change:\n"
        + "  mvn -B -ntp verify -Dhdx.api.write=true\n"
        + String.join("\n", diff.subList(0, Math.min(60, diff.size())))
        + (diff.size() > 60 ? "\n... (" + (diff.size() - 60) + " more)" : ""));
  }

  /**
   * The module descriptor ({@code src/main/java9/module-info.java}) exports, to everyone, exactly the packages that
   * hold public API: a new public package is exported on purpose, and an {@code internal} package never is (at most
   * to named HDX modules, {@code exports ... to ...}).
   */
  private static void checkExports(String module, List<String> api) {
    Path descriptor = Paths.get("src", "main", "java9", "module-info.java");
    if (!Files.isRegularFile(descriptor)) {
      fail(module + " has no " + descriptor + ": every library module declares its exports");
    }
    Set<String> exported = new TreeSet<>();
    try {
      Matcher m = EXPORTS.matcher(new String(Files.readAllBytes(descriptor), StandardCharsets.UTF_8));
      while (m.find()) {
        exported.add(m.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> withApi = new TreeSet<>();
    for (String line : api) {
      String type = line.substring(0, line.indexOf(' '));
      withApi.add(type.substring(0, type.lastIndexOf('.')));
    }
    if (!exported.equals(withApi)) {
      Set<String> missing = new TreeSet<>(withApi);
      missing.removeAll(exported);
      Set<String> extra = new TreeSet<>(exported);
      extra.removeAll(withApi);
      fail(module + "/src/main/java9/module-info.java must export exactly the packages with public API (never an"
          + " internal one): not exported " + missing + ", exported without public API " + extra);
    }
  }

  /** The dump of the public API of the classes below {@code classes}, sorted. */
  public static List<String> dump(Path classes) {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")
              && !n.endsWith("package-info.class") && !n.contains("/internal/"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> lines = new TreeSet<>();
    ClassLoader loader = ApiBaseline.class.getClassLoader();
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("not on the test class path: " + name, e);
      }
      if (!exposed(type)) {
        continue;
      }
      String beta = beta(type) ? "@Beta " : "";
      lines.add(type.getName() + " | " + beta + declaration(type));
      boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isEnum();
      for (Field f : type.getDeclaredFields()) {
        if (visible(f, extensible)) {
          lines.add(type.getName() + " | " + beta + mark(f) + f.toGenericString());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c, extensible)) {
          lines.add(type.getName() + " | " + beta + mark(c) + c.toGenericString());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m, extensible) && !m.isBridge()) {
          lines.add(type.getName() + " | " + beta + mark(m) + m.toGenericString());
        }
      }
    }
    return new ArrayList<>(lines);
  }

  /** Public, and every enclosing type public too. */
  private static boolean exposed(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(Member member, boolean extensible) {
    int m = member.getModifiers();
    return !member.isSynthetic() && (Modifier.isPublic(m) || (extensible && Modifier.isProtected(m)));
  }

  private static boolean beta(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (annotatedBeta(t) || (t.getPackage() != null && annotatedBeta(t.getPackage()))) {
        return true;
      }
    }
    return false;
  }

  private static String mark(AnnotatedElement member) {
    return annotatedBeta(member) ? "@Beta " : "";
  }

  private static boolean annotatedBeta(AnnotatedElement e) {
    return Stream.of(e.getDeclaredAnnotations()).anyMatch(a -> a.annotationType().getName().equals(BETA));
  }

  private static String declaration(Class<?> type) {
    // By hand, not Class.toGenericString(), whose wording differs between JDKs (the build tests on 17 and 25).
    int modifiers = type.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
        | Modifier.ABSTRACT);
    if (type.isInterface()) {
      modifiers &= ~Modifier.ABSTRACT;
    }
    if (type.isEnum()) {
      modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT);
    }
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : "class";
    StringBuilder sb = new StringBuilder(Modifier.toString(modifiers)).append(' ').append(kind).append(' ')
        .append(type.getName());
    TypeVariable<?>[] parameters = type.getTypeParameters();
    if (parameters.length > 0) {
      List<String> names = new ArrayList<>();
      for (TypeVariable<?> v : parameters) {
        String bounds = Stream.of(v.getBounds()).filter(t -> t != Object.class).map(Type::getTypeName)
            .collect(Collectors.joining(" & "));
        names.add(bounds.isEmpty() ? v.getName() : v.getName() + " extends " + bounds);
      }
      sb.append('<').append(String.join(",", names)).append('>');
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      sb.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      sb.append(type.isInterface() ? " extends " : " implements ");
      List<String> names = new ArrayList<>();
      for (Type t : interfaces) {
        names.add(t.getTypeName());
      }
      Collections.sort(names);
      sb.append(String.join(", ", names));
    }
    return sb.toString();
  }

  private static List<String> read(Path dump) {
    if (!Files.isRegularFile(dump)) {
      fail(dump + " is missing: generate it with mvn -B -ntp verify -Dhdx.api.write=true and commit it");
    }
    try {
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path dump, List<String> lines) {
    List<String> out = new ArrayList<>();
    out.add("# The public API of this module, generated from its classes by ApiBaselineTest (io.hdx.model.testing."
        + "ApiBaseline).");
    out.add("# Regenerate after a deliberate API change: mvn -B -ntp verify -Dhdx.api.write=true");
    out.addAll(lines);
    try {
      Files.createDirectories(dump.getParent());
      Files.write(dump, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
