using System.Text;
using System.Text.Encodings.Web;

namespace Mobility.Access.Web;

/// <summary>Server-rendered HTML without a template engine: every value goes through <see cref="E"/>.</summary>
internal static class Html
{
    private const string Style = """
        body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9;line-height:1.5}
        header{background:#12355b;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:center}
        header a{color:#fff}
        header form{margin-left:auto}
        main{max-width:60rem;margin:1.5rem auto;padding:0 1.5rem}
        section,form.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:1rem 1.5rem;margin-bottom:1.5rem}
        label{display:block;font-weight:600;margin-top:.8rem}
        input{font:inherit;padding:.4rem .5rem;border:1px solid #8c959f;border-radius:4px;width:100%;max-width:24rem;box-sizing:border-box}
        input:focus,button:focus{outline:3px solid #f5a623;outline-offset:1px}
        button{font:inherit;margin-top:1rem;padding:.4rem 1rem;border:0;border-radius:4px;background:#12355b;color:#fff;cursor:pointer}
        form.card button{display:block}
        button.secondary{background:#fff;color:#12355b;border:1px solid #12355b;margin:0}
        button.danger{background:#a40e26;margin:0}
        .error{border-left:4px solid #a40e26;background:#fdecee;padding:.6rem 1rem;margin:1rem 0}
        .notice{border-left:4px solid #1a7f37;background:#e9f6ec;padding:.6rem 1rem;margin:1rem 0}
        code.secret{display:block;font-size:1.05rem;background:#fff;border:1px dashed #1a7f37;padding:.5rem;word-break:break-all}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top}
        dt{font-weight:600}
        dd{margin:0 0 .6rem 0}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        """;

    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static string Page(string title, string body, string? signOutForm = null)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" – Mobility</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><a href=\"/account\">Mobility</a><a href=\"/graphql\">GraphQL</a>").Append(signOutForm ?? "").Append("</header>\n")
            .Append("<main>\n").Append(body).Append("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
