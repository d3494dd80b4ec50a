"""The DELO (EOS «Дело») GraphQL client."""
