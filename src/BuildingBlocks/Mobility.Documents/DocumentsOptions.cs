namespace Mobility.Documents;

/// <summary>Configuration section <c>Documents</c>.</summary>
public sealed class DocumentsOptions
{
    /// <summary>The Chromium (or Chrome) executable; by default the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>How long one PDF may take before the browser is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many browsers may render at once (each needs about 200 MB).</summary>
    public int MaxConcurrentRenders { get; set; } = 2;
}
