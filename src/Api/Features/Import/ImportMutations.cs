using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Import;

/// <summary>Imports what a city keeps in spreadsheets, all or nothing: every row is checked by the same domain
/// rules as the single mutations before anything is written, and the answer names every bad cell.</summary>
public static class ImportMutations
{
    /// <summary>Most data rows one file may hold.</summary>
    public const int MaxRows = 20_000;

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ImportReportGraphType, ImportSpreadsheetInputGraphType, ImportSpreadsheetInput>("importSpreadsheet", DepartmentReaders.ReferenceKeepers,
            "Imports a CSV or XLSX file of departments, experts, the project register or catalog entries, sent as a GraphQL multipart request. " +
            "All or nothing: with any bad row nothing is written and the report lists every error by row and column (error code IMPORT_REJECTED); " +
            "rows whose code exists with the same values are counted unchanged, so importing a file again changes nothing. Templates: GET /import-templates/<kind>.csv.",
            "What the file holds and the file.", ImportAsync);

    private static Task<Payload> ImportAsync(IResolveFieldContext ctx, ImportSpreadsheetInput input) =>
        ctx.Mutations().RunAsync(ctx, "Import", null, async (scope, ct) =>
        {
            var importer = IImporter.All.Single(i => i.Kind == input.Kind);
            var file = input.File ?? throw new MutationRefusal(new UserError(UserError.Validation,
                "Send the file as a part of a multipart request (the GraphQL multipart request specification) and map it to input.file.", "file"));
            IReadOnlyList<string> columns;
            List<SheetRow> rows;
            try
            {
                (columns, rows) = await Spreadsheet.ReadAsync(file, MaxRows, ct);
            }
            catch (Spreadsheet.NotASpreadsheet wrong)
            {
                throw new MutationRefusal(new UserError(RuleViolation.NotASpreadsheet, $"{file.FileName}: {wrong.Message}", "file"));
            }
            var missing = importer.Columns.Where(c => c.Required && !columns.Contains(c.Name)).Select(c => c.Name).ToList();
            var unknown = columns.Where(c => importer.Columns.All(k => k.Name != c)).ToList();
            if (missing.Count > 0 || unknown.Count > 0)
                throw new MutationRefusal(new UserError(RuleViolation.ImportColumns,
                    $"{file.FileName} does not have the {input.Kind} columns:" + (missing.Count > 0 ? $" missing {string.Join(", ", missing)};" : "")
                    + (unknown.Count > 0 ? $" unknown {string.Join(", ", unknown)};" : "") + $" expected {string.Join(", ", importer.Columns.Select(c => c.Name))}.", "file"));

            var batch = new ImportBatch(rows, importer.FieldColumns);
            var (created, unchanged) = await importer.ImportAsync(scope, batch, ct);
            var errors = batch.Errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();
            if (errors.Count == 0)
                return new MutationRunner.Change(new ImportReport(input.Kind, rows.Count, created, unchanged, 0, []), null,
                    $"Imported {file.FileName} ({input.Kind}): {created} created, {unchanged} unchanged of {rows.Count} rows.");
            // The refusal's audit entry is committed; nothing an importer touched while checking may go with it.
            scope.Db.ChangeTracker.Clear();
            var report = new ImportReport(input.Kind, rows.Count, 0, 0, errors.Count, [.. errors.Take(ImportReport.MaxListedErrors)]);
            var badRows = errors.Select(e => e.Row).Distinct().Count();
            return new MutationRunner.Change(report, null, $"Refused {file.FileName} ({input.Kind}): {errors.Count} errors in {badRows} rows; nothing written.",
                new UserError(RuleViolation.ImportRejected, $"{errors.Count} errors in {badRows} of {rows.Count} rows; nothing was imported. The report lists each by row and column.", "file"));
        });
}
