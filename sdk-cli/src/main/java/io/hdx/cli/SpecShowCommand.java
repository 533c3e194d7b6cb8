package io.hdx.cli;

import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code hdx spec show CODE|TEMPLATE_ID [--layout] [--json]}: one document spec with its header
 * requirements, sections, entries, data elements and value-set bindings (docs/cli.md), and what in it
 * is unconfirmed; with {@code --layout}, one line per datum of its {@link DocumentLayout} instead:
 * {@code path  json-name  DE-code|-  type  cardinality  category}. CODE is case-insensitive.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class SpecShowCommand implements Command {

  @Override
  public List<String> verb() {
    return Arrays.asList("spec", "show");
  }

  @Override
  public String synopsis() {
    return "spec show CODE|TEMPLATE_ID [--layout] [--json]";
  }

  @Override
  public String summary() {
    return "shows one document spec: header, sections, entries, bindings; --layout: every datum with its category";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, Collections.<String>emptySet(), new HashSet<>(Arrays.asList("json", "layout")));
    if (args.positionals().size() != 1) {
      throw new UsageException("give exactly one document code (e.g. C0002) or templateId");
    }
    String key = args.positionals().get(0);
    DocumentSpecRegistry registry = DocumentSpecRegistry.standard();
    DocumentSpec spec = registry.byCode(key.toUpperCase(Locale.ROOT))
        .orElseGet(() -> registry.byTemplateId(key)
            .orElseThrow(() -> new UsageException("no document spec with code or templateId " + key
                + "; 'hdx spec list' shows them")));
    if (args.flag("layout")) {
      DocumentLayout layout = DocumentLayout.of(spec);
      if (args.flag("json")) {
        console.out().println(layoutJson(layout));
      } else {
        for (Datum datum : layout.data()) {
          console.out().println(datum);
        }
      }
    } else if (args.flag("json")) {
      console.out().println(json(spec));
    } else {
      text(spec, console.out());
    }
    return ExitCode.OK;
  }

  private static void text(DocumentSpec spec, PrintStream out) {
    out.println(spec.code() + " " + spec.titleZh() + " (" + spec.titleEn() + ")");
    out.println("  standard    " + spec.standard().number() + " part " + spec.part());
    out.println("  templateId  " + spec.templateId() + " [" + spec.templateIdConfidence() + "]");
    out.println("  code        " + spec.code() + " codeSystem " + DocumentSpec.DOCUMENT_CODE_SYSTEM
        + " [" + spec.codeConfidence() + "]");
    out.println("  dataset     " + spec.datasetId().orElse("(unknown)"));
    List<String> unconfirmed = spec.unconfirmedFacts();
    out.println("  unconfirmed " + (unconfirmed.isEmpty() ? "(nothing)" : String.join("; ", unconfirmed)));
    out.println("header");
    for (HeaderElementSpec h : spec.header()) {
      out.println("  " + h.element().path() + h.idRoot().map(r -> " root=" + r).orElse("")
          + h.role().map(r -> " role=" + r).orElse("") + " " + h.cardinality() + " [" + h.confidence() + "]");
    }
    out.println("sections");
    for (SectionSpec section : spec.sections()) {
      out.println("  " + section.order() + ". " + section.code().orElse("(no code)") + " " + section.displayName()
          + " " + section.cardinality() + " [" + section.confidence() + "]");
      for (EntrySpec entry : section.entries()) {
        StringBuilder line = new StringBuilder("      ")
            .append(entry.dataElement()).append(' ').append(entry.nameZh())
            .append(' ').append(entry.valueType()).append(' ').append(entry.shape())
            .append(' ').append(entry.cardinality());
        entry.parent().ifPresent(p -> line.append(" parent=").append(p));
        entry.unit().ifPresent(u -> line.append(" unit=").append(u));
        entry.valueSet().ifPresent(vs -> line.append(" valueSet=").append(vs)
            .append(valueSetName(entry).map(n -> "(" + n + ")").orElse(""))
            .append(' ').append(entry.binding().get()));
        line.append(" [").append(entry.confidence()).append(']');
        out.println(line);
      }
    }
  }

  /**
   * The bound value set's name as the registry gives it (and so as the validator prints it), or as
   * the samples wrote it when the registry does not know the OID.
   */
  private static Optional<String> valueSetName(EntrySpec entry) {
    Optional<String> registered = entry.valueSet().flatMap(oid -> ValueSetRegistry.standard().findByOid(oid))
        .map(ValueSet::name);
    return registered.isPresent() ? registered : entry.valueSetName();
  }

  private static JsonLine json(DocumentSpec spec) {
    List<JsonLine> header = new ArrayList<>();
    for (HeaderElementSpec h : spec.header()) {
      header.add(new JsonLine().put("element", h.element().path()).put("idRoot", h.idRoot().orElse(null))
          .put("role", h.role().orElse(null)).put("cardinality", h.cardinality().toString())
          .put("confidence", h.confidence().name()));
    }
    List<JsonLine> sections = new ArrayList<>();
    for (SectionSpec section : spec.sections()) {
      List<JsonLine> entries = new ArrayList<>();
      for (EntrySpec e : section.entries()) {
        entries.add(new JsonLine().put("dataElement", e.dataElement()).put("name", e.nameZh())
            .put("valueType", e.valueType().name()).put("shape", e.shape().name())
            .put("parent", e.parent().orElse(null)).put("unit", e.unit().orElse(null))
            .put("valueSet", e.valueSet().orElse(null)).put("valueSetName", valueSetName(e).orElse(null))
            .put("binding", e.binding().map(Enum::name).orElse(null))
            .put("cardinality", e.cardinality().toString()).put("confidence", e.confidence().name()));
      }
      sections.add(new JsonLine().put("order", section.order()).put("code", section.code().orElse(null))
          .put("displayName", section.displayName()).put("cardinality", section.cardinality().toString())
          .put("confidence", section.confidence().name()).put("entries", entries));
    }
    return new JsonLine().put("code", spec.code()).put("templateId", spec.templateId())
        .put("title", spec.titleZh()).put("titleEn", spec.titleEn()).put("standard", spec.standard().id())
        .put("part", spec.part()).put("dataset", spec.datasetId().orElse(null))
        .put("codeConfidence", spec.codeConfidence().name())
        .put("templateIdConfidence", spec.templateIdConfidence().name())
        .put("unconfirmed", spec.unconfirmedFacts()).put("header", header).put("sections", sections);
  }

  private static JsonLine layoutJson(DocumentLayout layout) {
    List<JsonLine> data = new ArrayList<>();
    for (Datum d : layout.data()) {
      data.add(new JsonLine().put("path", d.xpath()).put("jsonName", d.jsonName())
          .put("dataElement", d.dataElement().orElse(null)).put("type", d.type())
          .put("cardinality", d.cardinality().toString()).put("category", d.category().word())
          .put("clause", d.category().clause().orElse(null)).put("group", d.group().orElse(null))
          .put("kind", d.kind().name().toLowerCase(Locale.ROOT)).put("name", d.name()));
    }
    DocumentSpec spec = layout.spec();
    return new JsonLine().put("code", spec.code()).put("templateId", spec.templateId()).put("layout", data);
  }
}
