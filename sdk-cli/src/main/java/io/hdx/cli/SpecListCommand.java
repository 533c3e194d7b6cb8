package io.hdx.cli;

import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.Standard;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx spec list [--standard wst500|wst483] [--json]}: one line per document spec with its
 * code, templateId and title (docs/cli.md).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class SpecListCommand implements Command {

  @Override
  public List<String> verb() {
    return Arrays.asList("spec", "list");
  }

  @Override
  public String synopsis() {
    return "spec list [--standard wst500|wst483] [--json]";
  }

  @Override
  public String summary() {
    return "lists the document specs: code, templateId, title";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, Collections.singleton("standard"), new HashSet<>(Arrays.asList("json")));
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument; spec list takes options only");
    }
    DocumentSpecRegistry registry = DocumentSpecRegistry.standard();
    List<DocumentSpec> specs = args.option("standard")
        .map(id -> registry.of(Standard.fromId(id)
            .orElseThrow(() -> new UsageException("--standard must be wst500 or wst483"))))
        .orElse(registry.all());
    for (DocumentSpec spec : specs) {
      if (args.flag("json")) {
        console.out().println(new JsonLine()
            .put("code", spec.code())
            .put("templateId", spec.templateId())
            .put("title", spec.titleZh())
            .put("titleEn", spec.titleEn())
            .put("standard", spec.standard().id())
            .put("unconfirmed", spec.unconfirmedFacts()));
      } else {
        console.out().printf("%-6s %-26s %s%n", spec.code(), spec.templateId(), spec.titleZh());
      }
    }
    return ExitCode.OK;
  }
}
