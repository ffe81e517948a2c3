namespace Mobility.Documents;

/// <summary>Turns a self-contained HTML document (inline CSS, inline SVG, no network) into a PDF.</summary>
public interface IPdfRenderer
{
    /// <summary>Renders <paramref name="html"/>; the page size and margins come from its CSS <c>@page</c> rule.</summary>
    /// <exception cref="PdfRenderingException">The renderer is missing, failed or took too long.</exception>
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken);
}

/// <summary>A PDF could not be produced; the message says why and what to do.</summary>
public sealed class PdfRenderingException : Exception
{
    /// <summary>A failure with a message for the operator.</summary>
    public PdfRenderingException(string message)
        : base(message)
    {
    }

    /// <summary>A failure caused by another exception.</summary>
    public PdfRenderingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A failure without details.</summary>
    public PdfRenderingException()
    {
    }
}
