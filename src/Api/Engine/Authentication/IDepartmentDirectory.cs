namespace InfoGov.Api.Engine.Authentication;

/// <summary>Turns the department code a token carries into the department's id. The engine asks; the
/// departments feature answers (it owns the departments).</summary>
public interface IDepartmentDirectory
{
    /// <summary>The id of the department with this code, or null when no department has it.</summary>
    Task<Guid?> IdOfAsync(string code);

    /// <summary>Forgets what is remembered of this code: the department was dissolved or merged.</summary>
    void Forget(string code);
}
