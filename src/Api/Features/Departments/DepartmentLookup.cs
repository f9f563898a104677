using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Departments;

/// <summary>Mutations name departments and programmes by code.</summary>
public static class DepartmentLookup
{
    /// <summary>The department with this code, or NOT_FOUND on <paramref name="field"/>.</summary>
    public static async Task<Department> DepartmentAsync(this MutationScope scope, string code, string field, CancellationToken cancellationToken) =>
        await scope.Db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken)
        ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No department has the code '{code}'.", field));

    /// <summary>The programme with this code, or NOT_FOUND on <paramref name="field"/>.</summary>
    public static async Task<Programme> ProgrammeAsync(this MutationScope scope, string code, string field, CancellationToken cancellationToken) =>
        await scope.Db.Programmes.SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
        ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No programme has the code '{code}'.", field));
}
