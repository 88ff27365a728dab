#include "vault/SecureBytes.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QString>
#include <sodium.h>
#include <utility>

namespace amparo {
namespace {

WipeObserver& wipeObserver()
{
    static WipeObserver observer;
    return observer;
}

unsigned char* allocate(std::size_t size)
{
    if (sodium_init() < 0)
        throw Error(ErrorKind::Crypto, QStringLiteral("libsodium could not be initialised."));
    // sodium_malloc(0) is legal but returns a pointer we must still free.
    void* memory = sodium_malloc(size == 0 ? 1 : size);
    if (!memory)
        throw Error(ErrorKind::Crypto,
                    QStringLiteral("Could not allocate protected memory for key material."));
    return static_cast<unsigned char*>(memory);
}

} // namespace

SecureBytes::SecureBytes(std::size_t size) : m_data(allocate(size)), m_size(size)
{
    sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size) : SecureBytes(size)
{
    if (size > 0)
        std::copy(data, data + size, m_data);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray& text)
{
    SecureBytes bytes(reinterpret_cast<const unsigned char*>(text.constData()),
                      static_cast<std::size_t>(text.size()));
    wipe(text);
    return bytes;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        if (wipeObserver())
            wipeObserver()(m_data, m_size);
        sodium_free(m_data); // zeroes again, then unmaps with its guard pages
    }
    m_data = nullptr;
    m_size = 0;
}

void setWipeObserverForTesting(WipeObserver observer)
{
    wipeObserver() = std::move(observer);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace amparo
