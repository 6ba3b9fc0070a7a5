using System.Collections;
using System.Globalization;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Stripe's request encoding: <c>application/x-www-form-urlencoded</c> where nested objects and lists are written
/// in bracket notation (<c>line_items[0][price_data][currency]=eur</c>, <c>metadata[order_id]=…</c>).
/// See "form-encoded request bodies" in https://docs.stripe.com/api and its curl examples
/// (e.g. https://docs.stripe.com/api/checkout/sessions/create).
/// </summary>
/// <remarks>
/// Values may be strings, numbers, booleans, <see cref="DateTimeOffset"/> (sent as unix seconds), dictionaries
/// (<c>name[key]</c>) or lists (<c>name[0]</c>); null values are left out so optional parameters stay unset.
/// </remarks>
public sealed class StripeForm
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public StripeForm Add(string name, object? value)
    {
        Flatten(name, value);
        return this;
    }

    public FormUrlEncodedContent ToContent() => new(_fields);

    private void Flatten(string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                _fields.Add(new(name, text));
                return;
            case bool flag:
                _fields.Add(new(name, flag ? "true" : "false"));
                return;
            case DateTimeOffset moment:
                _fields.Add(new(name, moment.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
                return;
            case IFormattable number:
                _fields.Add(new(name, number.ToString(null, CultureInfo.InvariantCulture)));
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                    Flatten($"{name}[{entry.Key}]", entry.Value);
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                    Flatten($"{name}[{index++}]", item);
                return;
            default:
                _fields.Add(new(name, value.ToString() ?? ""));
                return;
        }
    }
}
