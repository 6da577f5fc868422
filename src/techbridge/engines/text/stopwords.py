"""Stop words of English and Chinese: frequent words that carry no topic."""

from __future__ import annotations

_ENGLISH_STOP_WORDS_TEXT = """a about above after again against all also am an and any are aren as at be because been
    before being below between both but by can cannot could couldn did didn do does doesn doing
    don down during each either etc few for from further had hadn has hasn have haven having he
    her here hers herself him himself his how however i if in into is isn it its itself just let
    ll me more most mustn my myself no nor not now of off on once only or other ought our ours
    ourselves out over own per re s same shall shan she should shouldn so some such t than that
    the their theirs them themselves then there these they this those through thus to too under
    until up upon us ve very via was wasn we were weren what when where which while who whom why
    will with within without won would wouldn yet you your yours yourself yourselves"""
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(_ENGLISH_STOP_WORDS_TEXT.split())

_CHINESE_STOP_WORDS_TEXT = """的 了 和 与 及 或 等 在 是 对 为 将 把 被 由 从 以 于 之 其 而 并 且 也 就 都 又 这 那 该
    此 各 个 中 上 下 内 外 有 无 可 能 会 要 让 使 用 我们 我 你 他 她 它 他们 我司 本 即 如 若
    则 因 因此 所以 但 但是 而且 以及 进行 通过 对于 关于 具有 一种 一个 可以 能够 已经 目前
    需要 希望 主要 相关 方面 问题 情况 同时 以上 以下 左右 其中 一些 这些 那些 什么 如何 是否
    得到 达到 实现 采用 利用 基于 包括 提供 以便 从而 并且 以及 或者 还是 非常 比较 较 更 最"""
CHINESE_STOP_WORDS: frozenset[str] = frozenset(_CHINESE_STOP_WORDS_TEXT.split())
