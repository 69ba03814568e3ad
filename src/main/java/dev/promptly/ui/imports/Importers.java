package dev.promptly.ui.imports;

import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.imports.mail.MailImport;

/** The importers File > Import can run. */
public record Importers(CdrImport calls, CsvImport items, MailImport mail) {
}
