using System.Text;

namespace Mobility.Charts.Rendering;

/// <summary>Escapes text for XML content and attributes; drops characters XML 1.0 forbids and repairs lone surrogates.</summary>
internal static class XmlText
{
    public static void Append(StringBuilder sb, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                case '\t' or '\n' or '\r': sb.Append(' '); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        Append(sb, text);
        return sb.ToString();
    }
}
