using System.Text;

namespace Storyline.Fuzz;

/// <summary>
/// AFL-style "havoc" mutations on bytes: bit flips, interesting values, inserts, deletes, duplicated runs, tokens of the
/// formats under test (markup, JSON, XML, encodings' byte-order marks and multi-byte starts), splices with another input.
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly byte[][] Tokens = new[]
    {
        "<", ">", "</", "/>", "<p>", "</p>", "<div class=\"article\">", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>",
        "<!DOCTYPE html>", "<html>", "<body>", "<article>", "<meta charset=\"", "shift_jis\">", "utf-16\">", "<title>", "<h1>",
        "<rss version=\"2.0\">", "<channel>", "<item>", "</item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<content type=\"html\">",
        "&amp;", "&nbsp;", "&#", "&#x", ";", "&lt;", "<!ENTITY x \"", "<!DOCTYPE x [", "]>",
        "{", "}", "[", "]", "\"", "\":", ",", "\"text\":", "\"articles\":", "\"published\":", "null", "true", "1e999", "\\u", "\\ud800", "\n",
        "---\n", "outlet:", "published:", "title:", "\r\n", "\t",
    }.Select(Encoding.UTF8.GetBytes).Concat(new byte[][]
    {
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
        [0x1F, 0x8B, 0x08], [0x1B, (byte)'['], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0],
    }).ToArray();

    private static readonly byte[] Interesting = [0, 1, 0x7F, 0x80, 0xFF, 0xC0, 0xC2, 0xE0, 0xEF, 0xF0, 0xF4, (byte)'<', (byte)'&', (byte)'"', (byte)'\n'];

    public byte[] Mutate(byte[] parent, byte[] other, int maxLength)
    {
        var data = new List<byte>(parent);
        int rounds = 1 << random.Next(1, 6);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(10))
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[at] = Interesting[random.Next(Interesting.Length)]; break;
                case 2 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 3: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 4 when data.Count > 1:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(Math.Min(64, data.Count)))); break;
                case 5 when data.Count > 1:
                    {
                        int len = Math.Min(data.Count - at, 1 + random.Next(64));
                        var run = data.GetRange(at, len);
                        int times = 1 + random.Next(random.Next(2) == 0 ? 2 : 64);
                        for (int t = 0; t < times && data.Count < maxLength; t++) data.InsertRange(random.Next(data.Count), run);
                        break;
                    }
                case 6 when other.Length > 0:
                    {
                        // splice: a piece of another input
                        int from = random.Next(other.Length);
                        int len = Math.Min(other.Length - from, 1 + random.Next(256));
                        data.InsertRange(at, other.AsSpan(from, len).ToArray());
                        break;
                    }
                case 7 when data.Count > 0: data.RemoveRange(at, data.Count - at); break;
                case 8:
                    {
                        // nesting: the same token many times (deep markup, deep JSON)
                        var token = Tokens[random.Next(Tokens.Length)];
                        int times = 16 << random.Next(8);
                        for (int t = 0; t < times && data.Count + token.Length < maxLength; t++) data.InsertRange(at, token);
                        break;
                    }
                default: data.Insert(at, (byte)random.Next(256)); break;
            }
            if (data.Count > maxLength) data.RemoveRange(maxLength, data.Count - maxLength);
        }
        return [.. data];
    }
}
