using System.Text.RegularExpressions;

namespace Commerce.Api.Http;

/// <summary>Request paths as they may appear in logs: a web chat session id is the bearer of chat and cart, so it is masked.</summary>
internal static partial class LogPaths
{
    public static string Redact(PathString path) =>
        path.Value is { } value ? ChatSession().Replace(value, "$1{sessionId}") : "";

    [GeneratedRegex("^(/api/chat/sessions/)[^/]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatSession();
}
