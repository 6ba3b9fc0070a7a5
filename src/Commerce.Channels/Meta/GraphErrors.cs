using System.Net;
using System.Text.Json;
using Commerce.Application.Messaging;

namespace Commerce.Channels.Meta;

/// <summary>
/// Sorts Graph API errors into "retry later", "this shopper cannot be reached now" and "our request is wrong".
/// Messenger: https://developers.facebook.com/docs/messenger-platform/error-codes
/// WhatsApp: https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
/// </summary>
public static class GraphErrors
{
    /// <summary>Throttling and temporary platform trouble: 1/2 unknown/service, 4/17/32/613 call limits,
    /// 80007 and 130429 rate limits, 131056 pair rate limit, 131000/131016 WhatsApp service, 133004 server unavailable.</summary>
    private static readonly HashSet<long> TransientCodes = [1, 2, 4, 17, 32, 341, 613, 80007, 130429, 131000, 131016, 131056, 133004];

    /// <summary>The shopper cannot receive this message now: outside the window, unavailable, re-engagement needed.</summary>
    private static readonly HashSet<long> UndeliverableCodes = [551, 131047, 131026, 131050, 470];

    /// <summary>Messenger subcodes: 2018278 outside the allowed window, 2018001 no matching user, 2018108 user unavailable.</summary>
    private static readonly HashSet<long> UndeliverableSubcodes = [2018278, 2018001, 2018108, 1545041];

    public static SendResult Classify(HttpStatusCode status, TimeSpan? retryAfter, JsonElement? body)
    {
        var error = body?.Obj("error");
        var code = long.TryParse(error?.Str("code"), out var c) ? c : 0;
        var subcode = long.TryParse(error?.Str("error_subcode"), out var s) ? s : 0;
        var text = $"Graph API {(int)status}, error {code}/{subcode}: {error?.Str("message") ?? "no details"}";
        if (text.Length > 500)
            text = text[..500];

        if (UndeliverableCodes.Contains(code) || UndeliverableSubcodes.Contains(subcode))
            return SendResult.NotDeliverable(text);
        if (PlatformFailure.IsTransient((int)status) || TransientCodes.Contains(code))
            return SendResult.Transient(text, retryAfter);
        return SendResult.Permanent(text);
    }
}
