"""create sources paragraphs events

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('parent', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency')),
    sa.UniqueConstraint('slug', name=op.f('uq_agency_slug'))
    )
    op.create_table('borough',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('region', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_borough')),
    sa.UniqueConstraint('slug', name=op.f('uq_borough_slug'))
    )
    op.create_table('event',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('planned', sa.Boolean(), nullable=False),
    sa.Column('core', sa.Boolean(), nullable=False),
    sa.Column('edtf', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('earliest', sa.Date(), nullable=True),
    sa.Column('latest', sa.Date(), nullable=True),
    sa.Column('precision', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('anchor', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('explanation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_count', sa.Integer(), nullable=False),
    sa.Column('cluster_score', sa.Float(), nullable=False),
    sa.Column('cluster_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('corrected', sa.JSON(), nullable=True),
    sa.Column('search_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_hidden_earliest', ['hidden', 'earliest', 'latest'], unique=False)
        batch_op.create_index('ix_event_type_earliest', ['type', 'earliest'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('affiliation', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('slug', name=op.f('uq_person_slug'))
    )
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('publisher', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source')),
    sa.UniqueConstraint('slug', name=op.f('uq_source_slug'))
    )
    op.create_table('event_agency',
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_event_agency_agency_id_agency')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_agency_event_id_event')),
    sa.PrimaryKeyConstraint('event_id', 'agency_id', name=op.f('pk_event_agency'))
    )
    with op.batch_alter_table('event_agency', schema=None) as batch_op:
        batch_op.create_index('ix_event_agency_agency', ['agency_id', 'event_id'], unique=False)

    op.create_table('event_borough',
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('borough_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['borough_id'], ['borough.id'], name=op.f('fk_event_borough_borough_id_borough')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_borough_event_id_event')),
    sa.PrimaryKeyConstraint('event_id', 'borough_id', name=op.f('pk_event_borough'))
    )
    with op.batch_alter_table('event_borough', schema=None) as batch_op:
        batch_op.create_index('ix_event_borough_borough', ['borough_id', 'event_id'], unique=False)

    op.create_table('event_person',
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_person_event_id_event')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_event_person_person_id_person')),
    sa.PrimaryKeyConstraint('event_id', 'person_id', name=op.f('pk_event_person'))
    )
    with op.batch_alter_table('event_person', schema=None) as batch_op:
        batch_op.create_index('ix_event_person_person', ['person_id', 'event_id'], unique=False)

    op.create_table('place',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('borough_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['borough_id'], ['borough.id'], name=op.f('fk_place_borough_id_borough')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_place')),
    sa.UniqueConstraint('slug', name=op.f('uq_place_slug'))
    )
    op.create_table('source_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('fmt', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('published_edtf', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('published_earliest', sa.Date(), nullable=True),
    sa.Column('published_latest', sa.Date(), nullable=True),
    sa.Column('published_method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('published_evidence', sa.JSON(), nullable=True),
    sa.Column('ingested_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_source_version_source_id_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_version')),
    sa.UniqueConstraint('source_id', 'version', name=op.f('uq_source_version_source_id'))
    )
    with op.batch_alter_table('source_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_version_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_source_version_source_id'), ['source_id'], unique=False)

    op.create_table('event_place',
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_place_event_id_event')),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], name=op.f('fk_event_place_place_id_place')),
    sa.PrimaryKeyConstraint('event_id', 'place_id', name=op.f('pk_event_place'))
    )
    with op.batch_alter_table('event_place', schema=None) as batch_op:
        batch_op.create_index('ix_event_place_place', ['place_id', 'event_id'], unique=False)

    op.create_table('mention',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('planned', sa.Boolean(), nullable=False),
    sa.Column('core', sa.Boolean(), nullable=False),
    sa.Column('edtf', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('earliest', sa.Date(), nullable=True),
    sa.Column('latest', sa.Date(), nullable=True),
    sa.Column('precision', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('anchor', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('explanation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('actors', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_mention_event_id_event')),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_mention_source_id_source')),
    sa.ForeignKeyConstraint(['version_id'], ['source_version.id'], name=op.f('fk_mention_version_id_source_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mention'))
    )
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_version_id'), ['version_id'], unique=False)

    op.create_table('paragraph',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('text_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['source_version.id'], name=op.f('fk_paragraph_version_id_source_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph')),
    sa.UniqueConstraint('version_id', 'number', name=op.f('uq_paragraph_version_id'))
    )
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraph_version_id'), ['version_id'], unique=False)

    op.create_table('citation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mention_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('paragraph_number', sa.Integer(), nullable=False),
    sa.Column('quote', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('suffix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('paragraph_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mention.id'], name=op.f('fk_citation_mention_id_mention')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_citation_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citation'))
    )
    with op.batch_alter_table('citation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citation_mention_id'), ['mention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citation_paragraph_id'), ['paragraph_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('citation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citation_paragraph_id'))
        batch_op.drop_index(batch_op.f('ix_citation_mention_id'))

    op.drop_table('citation')
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraph_version_id'))

    op.drop_table('paragraph')
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_version_id'))
        batch_op.drop_index(batch_op.f('ix_mention_source_id'))
        batch_op.drop_index(batch_op.f('ix_mention_event_id'))

    op.drop_table('mention')
    with op.batch_alter_table('event_place', schema=None) as batch_op:
        batch_op.drop_index('ix_event_place_place')

    op.drop_table('event_place')
    with op.batch_alter_table('source_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_version_source_id'))
        batch_op.drop_index(batch_op.f('ix_source_version_content_hash'))

    op.drop_table('source_version')
    op.drop_table('place')
    with op.batch_alter_table('event_person', schema=None) as batch_op:
        batch_op.drop_index('ix_event_person_person')

    op.drop_table('event_person')
    with op.batch_alter_table('event_borough', schema=None) as batch_op:
        batch_op.drop_index('ix_event_borough_borough')

    op.drop_table('event_borough')
    with op.batch_alter_table('event_agency', schema=None) as batch_op:
        batch_op.drop_index('ix_event_agency_agency')

    op.drop_table('event_agency')
    op.drop_table('source')
    op.drop_table('person')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_type_earliest')
        batch_op.drop_index('ix_event_hidden_earliest')

    op.drop_table('event')
    op.drop_table('borough')
    op.drop_table('agency')
