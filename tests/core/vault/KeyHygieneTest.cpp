#include "TestSupport.h"
#include "vault/SecureBytes.h"
#include "vault/Session.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

using namespace amparo;

namespace {

// What the wipe hook saw of one buffer just before it was released.
struct WipedBuffer
{
    const unsigned char* address = nullptr;
    std::size_t size = 0;
    bool allZero = false;
};

// Records every wiped buffer while alive; removes the hook when done.
class WipeRecorder
{
public:
    WipeRecorder()
    {
        setWipeObserverForTesting([this](const unsigned char* data, std::size_t size) {
            m_wiped.push_back({data, size, std::all_of(data, data + size, [](unsigned char byte) {
                                   return byte == 0;
                               })});
        });
    }
    ~WipeRecorder() { setWipeObserverForTesting({}); }
    WipeRecorder(const WipeRecorder&) = delete;
    WipeRecorder& operator=(const WipeRecorder&) = delete;

    const WipedBuffer* find(const unsigned char* address) const
    {
        auto found = std::find_if(m_wiped.begin(), m_wiped.end(), [&](const WipedBuffer& wiped) {
            return wiped.address == address;
        });
        return found == m_wiped.end() ? nullptr : &*found;
    }

private:
    std::vector<WipedBuffer> m_wiped;
};

} // namespace

TEST_CASE("locking zeroes the master key's buffer before releasing it")
{
    test::VaultFixture vault;
    auto session = vault.openAdmin();
    const unsigned char* keyBuffer = session->masterKey().data();
    const std::size_t keySize = session->masterKey().size();
    REQUIRE(keySize == 32);
    // The key in use is not all zero: the check below could fail.
    REQUIRE_FALSE(
        std::all_of(keyBuffer, keyBuffer + keySize, [](unsigned char b) { return b == 0; }));

    WipeRecorder recorder;
    session->lock();
    const WipedBuffer* wiped = recorder.find(keyBuffer);
    REQUIRE(wiped);
    CHECK(wiped->size == keySize);
    CHECK(wiped->allZero);
    CHECK(session->masterKey().isEmpty());
}

TEST_CASE("a session closed without an explicit lock wipes its master key too")
{
    test::VaultFixture vault;
    auto session = vault.openAdmin();
    const unsigned char* keyBuffer = session->masterKey().data();
    WipeRecorder recorder;
    session.reset();
    const WipedBuffer* wiped = recorder.find(keyBuffer);
    REQUIRE(wiped);
    CHECK(wiped->allZero);
}
