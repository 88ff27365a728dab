#pragma once

#include <QByteArray>
#include <cstddef>
#include <functional>

namespace amparo {

// Bytes that hold key material or a passphrase. They live in memory from
// sodium_malloc (guard pages, locked against swapping where the system allows)
// and are wiped when freed. Not copyable, so no stray copy outlives a lock.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    static SecureBytes random(std::size_t size);
    // Takes a copy of `text` and then wipes `text` in place.
    static SecureBytes takeFrom(QByteArray& text);

    unsigned char* data() noexcept { return m_data; }
    const unsigned char* data() const noexcept { return m_data; }
    const char* chars() const noexcept { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }

    SecureBytes clone() const;
    // Constant-time comparison.
    bool equals(const SecureBytes& other) const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Test-only inspection hook: called with every SecureBytes buffer after it
// has been wiped and before it is released, so a test can see that the
// master key really was zeroed at lock. Never set outside tests.
using WipeObserver = std::function<void(const unsigned char* data, std::size_t size)>;
void setWipeObserverForTesting(WipeObserver observer);

// Overwrites the bytes of a Qt container that held a secret.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace amparo
