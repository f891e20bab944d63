// SPDX-License-Identifier: GPL-3.0-or-later
// The table of an episode's fields (episode_fields.hpp): it covers every member of Episode, and the
// comparison of records built on it (same_record) sees every field of content.
#include "episode_fields.hpp"
#include "field_variations.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <utility>

using namespace cramp;

namespace {

// How many members an aggregate has: the most initializers its braces take. (Stands in for the
// reflection C++20 lacks; each member of Episode is a class without brace elision or a scalar.)
struct AnyValue {
    template <typename T>
    operator T() const;  // never defined: only used unevaluated
};

template <typename T, std::size_t... I>
constexpr bool takes_initializers(std::index_sequence<I...>) {
    return requires { T{(void(I), AnyValue{})...}; };
}

template <typename T, std::size_t N = 0>
constexpr std::size_t member_count() {
    if constexpr (takes_initializers<T>(std::make_index_sequence<N + 1>{})) return member_count<T, N + 1>();
    else return N;
}

}  // namespace

// A member added to Episode without a row in the table fails here, at compile time.
static_assert(member_count<Episode>() == kEpisodeFieldCount + 1, "every member of Episode but its id is in kEpisodeFields");

TEST_CASE("the table names each field once, and the log form's keys once", "[core][fields]") {
    std::set<std::string_view> names, form;
    std::size_t on_form = 0;
    for_each_field([&](const auto& f) {
        CHECK(names.insert(f.name).second);
        if (!f.form.empty()) {
            ++on_form;
            CHECK(form.insert(f.form).second);
        }
    });
    CHECK(names.size() == kEpisodeFieldCount);
    // Everything but the derived night and the zone (the system's) is on the form.
    CHECK(on_form == kEpisodeFieldCount - 2);
}

TEST_CASE("same_record tells apart every field of content, and not the id or the derived night", "[core][fields]") {
    const Episode e = test::full_episode();
    int changed = 0;
    test::for_each_content_change(e, [&](std::string_view name, const Episode& other) {
        INFO(name);
        CHECK_FALSE(e.same_record(other));
        CHECK_FALSE(other.same_record(e));
        ++changed;
    });
    CHECK(changed == static_cast<int>(kEpisodeFieldCount) - 1);

    Episode copy = e;
    copy.id = 42;
    copy.night = e.night + date::days{3};
    CHECK(e.same_record(copy));
}
