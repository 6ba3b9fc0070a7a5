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
        var forms = Regex.Matches(html, "<form method=\"post\" action=\"[^\"]*/(pay|cancel)\">\\s*<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")
            .ToDictionary(m => m.Groups[1].Value, m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[3].Value)));
        return new OpenPage(http, page, forms);
    }

    /// <param name="button">"pay" or "cancel".</param>
    public static async Task<HttpResponseMessage> PressAsync(HttpClient http, string page, string button) =>
        await (await OpenAsync(http, page)).PressAsync(button);

    /// <summary>The address a test shopper types on the sandbox page.</summary>
    public static readonly KeyValuePair<string, string>[] Berlin =
    [
        new("name", "Erika Mustermann"), new("line1", "Torstraße 1"), new("line2", ""), new("postalCode", "10119"),
        new("city", "Berlin"), new("country", "DE"),
    ];

    public sealed record OpenPage(HttpClient Http, string Path, IReadOnlyDictionary<string, KeyValuePair<string, string>> Forms)
    {
        /// <summary>Paying fills in the shipping address as a shopper does (the page requires one); cancelling does not.</summary>
        public Task<HttpResponseMessage> PressAsync(string button) =>
            Forms.TryGetValue(button, out var field)
                ? Http.PostAsync($"{Path}/{button}", new FormUrlEncodedContent(button == "pay" ? [field, .. Berlin] : [field]))
                : throw new InvalidOperationException($"The sandbox page has no '{button}' button.");
    }
}
