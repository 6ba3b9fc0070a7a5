using System.Net;
using System.Text.RegularExpressions;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Api.Tests.Console;

/// <summary>A person's browser over HTTP: keeps cookies, reads each form's antiforgery token and fields as served.</summary>
public sealed partial class ConsoleBrowser(ApiFactory factory)
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpResponseMessage> SignInAsync(string email = ApiFactory.OwnerEmail, string password = ApiFactory.OwnerPassword) =>
        await SubmitAsync("/console/login", null, new() { ["email"] = email, ["password"] = password });

    public async Task<string> PageAsync(string path)
    {
        var response = await Http.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} should open for a signed-in person");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="path"/>, takes the form posting to <paramref name="handler"/> (or the first one) and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string? handler, Dictionary<string, string> fields, string? formContaining = null) =>
        await SubmitInAsync(await (await Http.GetAsync(path)).Content.ReadAsStringAsync(), path, handler, fields, formContaining);

    /// <summary>Submits a form of a page already shown (<paramref name="html"/>, e.g. the answer to a previous post).</summary>
    public async Task<HttpResponseMessage> SubmitInAsync(string html, string path, string? handler, Dictionary<string, string> fields, string? formContaining = null)
    {
        var form = Forms().Matches(html).Select(m => m.Value)
            .FirstOrDefault(f => (handler is null || f.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase))
                && (formContaining is null || f.Contains(formContaining, StringComparison.Ordinal)))
            ?? throw new InvalidOperationException($"No form{(handler is null ? "" : $" for {handler}")} on {path}");
        var action = WebUtility.HtmlDecode(Action().Match(form) is { Success: true } a ? a.Groups[1].Value : path);
        // As a browser does: the form's hidden fields (its version, its token) travel with what the person typed.
        var values = Hidden().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        values["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        foreach (var (name, value) in fields)
            values[name] = value;
        return await Http.PostAsync(action.Length == 0 ? path : action, new FormUrlEncodedContent(values));
    }

    /// <summary>Submits the form for <paramref name="handler"/> on <paramref name="path"/> with a file, as a browser uploads it.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string path, string handler, string field, string fileName, byte[] content)
    {
        var html = await (await Http.GetAsync(path)).Content.ReadAsStringAsync();
        var form = Forms().Matches(html).Select(m => m.Value).First(f => f.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content) { Headers = { ContentType = new("application/json") } }, field, fileName },
        };
        return await Http.PostAsync(WebUtility.HtmlDecode(Action().Match(form).Groups[1].Value), multipart);
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex Action();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
