using InfoGov.Api.Engine.Authorization;
using InfoGov.Infrastructure.Persistence.Seeding;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>
/// <c>token --role R [--role R ...] [--dept CODE] [--app]</c>: prints a local-issuer token for
/// Development, and nothing else, to standard output. Refused in every other environment, where
/// such a token would not be accepted anyway.
/// </summary>
public static class TokenCommand
{
    public const string Usage = "usage: token --role <role> [--role <role> ...] [--dept <code>] [--app] [--name <name>] [--official <dept>:head|cio] [--expert <code>]";

    public static int Run(IReadOnlyList<string> args, IHostEnvironment environment, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (!environment.IsDevelopment())
        {
            error.WriteLine($"The token command only runs in Development (this is {environment.EnvironmentName}).");
            return 3;
        }
        var roles = new List<string>();
        string? department = null, name = null, objectId = null;
        var isApp = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--role" when i + 1 < args.Count: roles.Add(args[++i]); break;
                case "--dept" when i + 1 < args.Count: department = args[++i]; break;
                case "--name" when i + 1 < args.Count: name = args[++i]; break;
                case "--app": isApp = true; break;
                // Sign as a person of the demo data set, so rules that know who acts (contract signing,
                // panel membership) recognise the caller.
                case "--official" when i + 1 < args.Count && args[i + 1].Split(':') is [var code, var post] && post is "head" or "cio":
                    objectId = DemoAccounts.OfficialObjectId(code, post).ToString();
                    i++;
                    break;
                case "--expert" when i + 1 < args.Count:
                    objectId = DemoAccounts.ExpertObjectId(args[++i]).ToString();
                    break;
                default:
                    error.WriteLine($"Unexpected argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"Unknown role(s): {string.Join(", ", unknown)}. Roles: {string.Join(", ", Roles.All)}.");
            return 2;
        }
        if (isApp && roles.Count == 0)
        {
            error.WriteLine("An app-only token needs at least one --role.");
            return 2;
        }
        var issuer = services.GetRequiredService<LocalTokenIssuer>();
        output.WriteLine(issuer.Issue(new TokenRequest(roles, department, isApp) { Name = name, ObjectId = objectId }));
        return 0;
    }
}
