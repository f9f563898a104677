using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Import;

/// <summary>Officials and their posts, one a row, each appointed as <c>appointOfficial</c> does (one head and one
/// information manager a department; a head takes the head's duties). Matched by department, name and position.</summary>
public sealed class OfficialImporter : IImporter
{
    public ImportKind Kind => ImportKind.Officials;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("departmentCode", true, "GAJ", "The department"),
        new("name", true, "张伟", "Full name"),
        new("position", true, "局长", "The position's title"),
        new("post", true, "HEAD", "HEAD, DEPUTY_HEAD, INFORMATION_MANAGER or STAFF"),
        new("appointedOn", true, "2026-01-05", "The day the appointment began"),
        new("phone", false, "0571-87000000", "Office telephone (restricted data)"),
        new("email", false, "zhang@example.gov.cn", "Office e-mail (restricted data)"),
        new("accountObjectId", false, "", "The person's Entra ID object id"),
    ];

    public IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>();

    public async Task<(int, int)> ImportAsync(MutationScope scope, ImportBatch batch, CancellationToken cancellationToken)
    {
        var departments = await scope.Db.Departments.AsNoTracking().Where(d => d.DissolvedOn == null).ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, cancellationToken);
        var officials = await scope.Db.Officials.ToListAsync(cancellationToken);
        var accounts = officials.Where(o => o.AccountObjectId is not null).Select(o => o.AccountObjectId!.Value).ToHashSet();
        var open = await scope.Db.ResponsibilityAssignments.Where(a => a.ValidTo == null).ToListAsync(cancellationToken);
        var created = new List<Official>();
        var duties = new List<ResponsibilityAssignment>();
        var unchanged = 0;
        foreach (var row in batch.Rows)
        {
            var code = batch.Text(row, "departmentCode");
            Guid? department = code is not null && departments.TryGetValue(code, out var id) ? id : null;
            if (code is not null && department is null) batch.Error(row, "departmentCode", $"No department has the code '{code}'.");
            var name = batch.Text(row, "name");
            var position = batch.Text(row, "position");
            var post = batch.Choice<OfficialPost>(row, "post");
            var appointedOn = batch.Date(row, "appointedOn");
            Guid? account = null;
            if (batch.Text(row, "accountObjectId", required: false) is { } text)
                if (Guid.TryParse(text, out var parsed) && accounts.Add(parsed)) account = parsed;
                else batch.Error(row, "accountObjectId", $"'{text}' is not an Entra object id, or another official has it.");
            if (department is null || name is null || position is null || post is null || appointedOn is null) continue;
            if (officials.Any(o => o.DepartmentId == department && o.Name == name && o.Position == position && o.Post == post))
            {
                unchanged++;
                continue;
            }
            var serving = officials.Where(o => o.DepartmentId == department && o.IsServing).ToList();
            if (batch.Try(row, () => Official.Appoint(department.Value, name, position, post.Value, batch.Text(row, "phone", required: false),
                    batch.Text(row, "email", required: false), account, appointedOn.Value, serving)) is { } official)
            {
                officials.Add(official);
                created.Add(official);
                if (official.IsHead && batch.Try(row, () => official.TakeHeadDuties([.. open.Where(a => a.DepartmentId == department)])) is { } taken)
                {
                    duties.AddRange(taken);
                    open.AddRange(taken);
                }
            }
        }
        if (batch.Errors.Count == 0)
        {
            scope.Db.Officials.AddRange(created);
            scope.Db.ResponsibilityAssignments.AddRange(duties);
        }
        return (created.Count, unchanged);
    }
}
