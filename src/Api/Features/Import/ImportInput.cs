using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Uploads;

namespace InfoGov.Api.Features.Import;

/// <summary>Input of <c>importSpreadsheet</c>.</summary>
public sealed record ImportSpreadsheetInput(ImportKind Kind, IFormFile? File);

public sealed class ImportSpreadsheetInputGraphType : InputObjectGraphType<ImportSpreadsheetInput>
{
    public ImportSpreadsheetInputGraphType()
    {
        Name = "ImportSpreadsheetInput";
        Description = "A spreadsheet to import, sent as a multipart request.";
        Field<NonNullGraphType<ImportKindGraphType>>("kind").Description("What the file holds.");
        // Nullable in the schema only so that a request without the file part reaches the mutation and is
        // refused there with a coded VALIDATION error, like every other missing input of a mutation.
        Field<UploadGraphType>("file").Description("Required: a CSV (UTF-8, header row) or XLSX (first sheet, header row) file with the kind's columns, mapped from a multipart file part.");
        this.ReadableBy(Access.Inherited);
    }
}
