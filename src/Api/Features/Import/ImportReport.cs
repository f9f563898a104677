using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Import;

/// <summary>What is wrong with one cell (or one row, with no column) of an import.</summary>
public sealed record ImportRowError(int Row, string? Column, string Message);

/// <summary>The outcome of an import: all of it written, or nothing and every error.</summary>
public sealed record ImportReport(ImportKind Kind, int Rows, int Created, int Unchanged, int ErrorCount, IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>Most errors listed; <see cref="ErrorCount"/> counts them all.</summary>
    public const int MaxListedErrors = 500;
}

public sealed class ImportRowErrorGraphType : ObjectGraphType<ImportRowError>
{
    public ImportRowErrorGraphType()
    {
        Name = "ImportRowError";
        Description = "What is wrong with one cell, or with a whole row when column is null.";
        Field(e => e.Row).Description("The row as a spreadsheet numbers it: the header is row 1.");
        Field(e => e.Column, nullable: true).Description("The column, by its header name.");
        Field(e => e.Message).Description("What is wrong and what is expected.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class ImportReportGraphType : ObjectGraphType<ImportReport>
{
    public ImportReportGraphType()
    {
        Name = "ImportReport";
        Description = "The outcome of an import: every row written, or none and every error by row and column.";
        Field(r => r.Kind, type: typeof(NonNullGraphType<ImportKindGraphType>)).Description("What the file held.");
        Field(r => r.Rows).Description("Data rows read (the header not counted).");
        Field(r => r.Created).Description("Objects created; zero when any row has an error.");
        Field(r => r.Unchanged).Description("Rows whose object exists already with the same values (matched by code): importing a file again changes nothing.");
        Field(r => r.ErrorCount).Description("Errors found; when above zero nothing was written.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorGraphType>>>>("errors")
            .Description($"The errors in row order, at most {ImportReport.MaxListedErrors} (errorCount counts them all).")
            .Resolve(ctx => ctx.Source.Errors);
        this.ReadableBy(Access.Inherited);
    }
}
