using Storyline.Articles;

namespace Storyline.Server.Analysis;

/// <summary>
/// Annotated articles kept for re-analysis, least recently used dropped first: a story touched again soon (the usual
/// case: a developing story) is analysed without annotating its articles again. Annotation is pure, so an article
/// annotated again after eviction gets the same layers. Thread-safe.
/// </summary>
public sealed class AnnotatedArticles(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<Article>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<Article> _order = new();
    private readonly Lock _lock = new();

    public int Count { get { lock (_lock) return _map.Count; } }

    public Article? Get(string id)
    {
        lock (_lock)
        {
            if (!_map.TryGetValue(id, out var node)) return null;
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value;
        }
    }

    public void Put(Article article)
    {
        if (capacity <= 0) return;
        lock (_lock)
        {
            if (_map.TryGetValue(article.Id, out var existing)) _order.Remove(existing);
            var node = _order.AddFirst(article);
            _map[article.Id] = node;
            while (_map.Count > capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Id);
            }
        }
    }
}
