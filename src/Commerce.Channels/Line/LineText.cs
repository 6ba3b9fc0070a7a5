namespace Commerce.Channels.Line;

/// <summary>LINE's text limits applied through <see cref="ChannelText"/>.</summary>
public static class LineText
{
    public const string Ellipsis = ChannelText.Ellipsis;

    /// <inheritdoc cref="ChannelText.Shorten"/>
    public static string Shorten(string? text, int max) => ChannelText.Shorten(text, max);

    /// <summary>A label of 1-<paramref name="max"/> characters: LINE refuses empty ones.</summary>
    public static string Label(string? text, int max = LineCapabilities.MaxLabelLength) => Shorten(text, max) is { Length: > 0 } label ? label : "·";

    /// <inheritdoc cref="ChannelText.Split"/>
    public static IReadOnlyList<string> Split(string? text, int max = LineCapabilities.MaxTextLength) => ChannelText.Split(text, max);
}
