using System.Net;
using System.Text.RegularExpressions;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>Presses the sandbox payment page's buttons as a browser does: the form, its antiforgery token, its cookie.</summary>
public static class SandboxPage
{
    /// <summary>Loads the page and keeps its forms, as an open browser tab does.</summary>
    /// <param name="http">A client that keeps cookies (the antiforgery cookie travels with the form).</param>
    /// <param name="page">The page's path, /sandbox/pay/{session}.</param>
    public static async Task<OpenPage> OpenAsync(HttpClient http, string page)
    {
        var html = await http.GetStringAsync(page);
        var forms = Regex.Matches(html, "<form method=\"post\" action=\"[^\"]*/(pay|cancel)\"><input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")
            .ToDictionary(m => m.Groups[1].Value, m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[3].Value)));
        return new OpenPage(http, page, forms);
    }

    /// <param name="button">"pay" or "cancel".</param>
    public static async Task<HttpResponseMessage> PressAsync(HttpClient http, string page, string button) =>
        await (await OpenAsync(http, page)).PressAsync(button);

    public sealed record OpenPage(HttpClient Http, string Path, IReadOnlyDictionary<string, KeyValuePair<string, string>> Forms)
    {
        public Task<HttpResponseMessage> PressAsync(string button) =>
            Forms.TryGetValue(button, out var field)
                ? Http.PostAsync($"{Path}/{button}", new FormUrlEncodedContent([field]))
                : throw new InvalidOperationException($"The sandbox page has no '{button}' button.");
    }
}
